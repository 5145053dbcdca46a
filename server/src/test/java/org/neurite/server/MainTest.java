package org.neurite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @Test
    void aBadOptionPrintsTheProblemAndTheUsageAndExitsWith2() {
        assertEquals(2, Main.run(new String[] {"--port", "seventy"}, out, err));
        String error = errBytes.toString(StandardCharsets.UTF_8);
        assertTrue(error.startsWith("neurite: --port must be a whole number"), error);
        assertTrue(error.contains("Usage: java -jar neurite.jar [options]"), error);
        assertEquals("", outBytes.toString(StandardCharsets.UTF_8));

        errBytes.reset();
        assertEquals(2, Main.run(new String[] {"--colour"}, out, err));
        assertTrue(errBytes.toString(StandardCharsets.UTF_8).contains("unknown option '--colour'"));
    }

    @Test
    void helpPrintsTheUsageAndStartsNothing() {
        assertEquals(0, Main.run(new String[] {"--help"}, out, err));
        assertTrue(outBytes.toString(StandardCharsets.UTF_8).contains("--mnist-dir <dir>"));
    }

    @Test
    void startProvisionsMnistAndPrintsTheAddress() {
        ServerOptions options = new ServerOptions(0, temp.resolve("data"), TestApps.provisionedMnistDir(), false);
        Javalin app = Main.start(options, out);
        try {
            String printed = outBytes.toString(StandardCharsets.UTF_8);
            assertTrue(printed.contains("MNIST: all 4 files present and verified"), printed);
            Matcher url = Pattern.compile("Neurite is running at http://127.0.0.1:(\\d+)/").matcher(printed);
            assertTrue(url.find(), printed);
            assertEquals(app.port(), Integer.parseInt(url.group(1)));
            assertEquals(200, Http.get(app, "/").statusCode());
        } finally {
            app.stop();
        }
    }

    @Test
    void startWithoutMnistStillServesPagesAndSaysWhatToDo() {
        Path readOnlyTarget = temp.resolve("a-file-not-a-dir");
        ServerOptions options = new ServerOptions(0, temp.resolve("data"), readOnlyTarget.resolve("mnist"), false);
        try {
            java.nio.file.Files.writeString(readOnlyTarget, "in the way");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        Javalin app = Main.start(options, out);
        try {
            String printed = outBytes.toString(StandardCharsets.UTF_8);
            assertTrue(printed.contains("WARNING: MNIST could not be set up in"), printed);
            assertTrue(printed.contains("and start again."), printed);
            assertEquals(200, Http.get(app, "/").statusCode());
            assertEquals(503, Http.get(app, "/data/mnist/t10k-labels-idx1-ubyte").statusCode());
        } finally {
            app.stop();
        }
    }

    @Test
    void itListensOnLoopbackOnlyUnlessAHostIsGiven() throws Exception {
        ServerOptions options = new ServerOptions(0, temp.resolve("data"), TestApps.provisionedMnistDir(), false);
        Javalin app = Main.start(options, out);
        Optional<InetAddress> other = otherAddress();
        try {
            assertTrue(connects(InetAddress.getLoopbackAddress(), app.port()));
            if (other.isPresent()) {
                assertFalse(connects(other.get(), app.port()), "answers on " + other.get() + " too");
            }
        } finally {
            app.stop();
        }
        ServerOptions everywhere = ServerOptions.parse(List.of("--port", "0", "--host", "0.0.0.0", "--base-path", "/nn",
                "--data-dir", temp.resolve("data").toString(), "--mnist-dir", TestApps.provisionedMnistDir().toString()),
                Map.of(), temp.toString());
        app = Main.start(everywhere, out);
        try {
            String printed = outBytes.toString(StandardCharsets.UTF_8);
            assertTrue(printed.contains("Neurite is running at http://0.0.0.0:" + app.port() + "/nn/"), printed);
            assertTrue(printed.contains("It listens on every network interface"), printed);
            if (other.isPresent()) {
                assertTrue(connects(other.get(), app.port()), "does not answer on " + other.get());
            }
        } finally {
            app.stop();
        }
    }

    /** An address of this machine that is not loopback, if it has one. */
    private static Optional<InetAddress> otherAddress() throws SocketException {
        return NetworkInterface.networkInterfaces().filter(nic -> {
            try {
                return nic.isUp() && !nic.isLoopback();
            } catch (SocketException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(address -> address instanceof Inet4Address).findFirst();
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aPortInUseIsReportedWithWhatToDo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            String[] args = {"--port", String.valueOf(taken.getLocalPort()),
                "--mnist-dir", TestApps.provisionedMnistDir().toString(), "--data-dir", temp.toString()};
            assertEquals(1, Main.run(args, out, err));
            String error = errBytes.toString(StandardCharsets.UTF_8);
            assertTrue(error.contains("could not start on 127.0.0.1 port " + taken.getLocalPort()), error);
            assertTrue(error.contains("--port <another port>"), error);
        }
    }
}
