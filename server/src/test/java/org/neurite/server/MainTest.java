package org.neurite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
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
            Matcher url = Pattern.compile("Neurite is running at http://localhost:(\\d+)/").matcher(printed);
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
    void aPortInUseIsReportedWithWhatToDo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            String[] args = {"--port", String.valueOf(taken.getLocalPort()),
                "--mnist-dir", TestApps.provisionedMnistDir().toString(), "--data-dir", temp.toString()};
            assertEquals(1, Main.run(args, out, err));
            String error = errBytes.toString(StandardCharsets.UTF_8);
            assertTrue(error.contains("could not start on port " + taken.getLocalPort()), error);
            assertTrue(error.contains("--port <another port>"), error);
        }
    }
}
