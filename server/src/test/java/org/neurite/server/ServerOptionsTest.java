package org.neurite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerOptionsTest {

    private static final String HOME = "/home/ada";

    private static ServerOptions parse(String... args) throws UsageException {
        return ServerOptions.parse(List.of(args), Map.of(), HOME);
    }

    private static String error(String... args) {
        return assertThrows(UsageException.class, () -> parse(args)).getMessage();
    }

    @Test
    void defaultsLiveUnderTheHomeDirectory() throws UsageException {
        ServerOptions options = parse();
        assertEquals(7070, options.port());
        assertEquals(Path.of(HOME, ".local", "share", "neurite"), options.dataDir());
        assertEquals(Path.of(HOME, ".cache", "neurite", "mnist"), options.mnistDir());
        assertFalse(options.help());
    }

    @Test
    void environmentVariablesOverrideTheDefaultDirectories() throws UsageException {
        ServerOptions options = ServerOptions.parse(List.of(),
                Map.of("NEURITE_DATA_DIR", "/srv/models", "NEURITE_MNIST_DIR", "/srv/mnist"), HOME);
        assertEquals(Path.of("/srv/models"), options.dataDir());
        assertEquals(Path.of("/srv/mnist"), options.mnistDir());
    }

    @Test
    void optionsTakeTheirValueAfterASpaceOrAnEqualsSign() throws UsageException {
        ServerOptions options = parse("--port", "8080", "--data-dir=/srv/models", "--mnist-dir", "/srv/mnist");
        assertEquals(8080, options.port());
        assertEquals(Path.of("/srv/models"), options.dataDir());
        assertEquals(Path.of("/srv/mnist"), options.mnistDir());
        assertEquals(0, parse("--port=0").port());
    }

    @Test
    void helpWins() throws UsageException {
        assertTrue(parse("--port", "8080", "--help").help());
        assertTrue(parse("-h").help());
    }

    @Test
    void badPortsSayWhatIsAllowedAndWhatWasGiven() {
        assertEquals("--port must be a whole number from 0 to 65535, got 'http'", error("--port", "http"));
        assertEquals("--port must be a whole number from 0 to 65535, got '70000'", error("--port=70000"));
        assertEquals("--port must be a whole number from 0 to 65535, got '-1'", error("--port=-1"));
    }

    @Test
    void unknownOptionsMissingValuesAndStrayArgumentsAreNamed() {
        assertEquals("unknown option '--prot'", error("--prot", "80"));
        assertEquals("unknown option '--verbose'", error("--verbose=yes"));
        assertEquals("--port needs a value", error("--port"));
        assertEquals("--data-dir needs a value", error("--data-dir", "--port", "80"));
        assertEquals("--mnist-dir needs a directory, got an empty value", error("--mnist-dir="));
        assertEquals("unexpected argument '8080' (options start with --)", error("8080"));
    }
}
