package org.neurite.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neurite.server.jobs.TrainingLimits;

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
    void trainingLimitsHaveDefaultsAndOptions() throws UsageException {
        TrainingLimits defaults = parse().training();
        assertTrue(defaults.enabled());
        assertEquals(Math.max(1, Runtime.getRuntime().availableProcessors() - 1), defaults.maxJobs());
        assertEquals(8, defaults.maxQueue());
        assertEquals(50, defaults.maxEpochs());
        assertEquals(5_000_000L, defaults.maxParams());

        TrainingLimits set = parse("--max-jobs", "3", "--max-queue=0", "--max-epochs", "200",
                "--max-params=20_000_000", "--no-server-training").training();
        assertEquals(new TrainingLimits(false, 3, 0, 200, 20_000_000L), set);
    }

    @Test
    void badTrainingLimitsSayWhatIsAllowed() {
        assertEquals("--max-jobs must be a whole number from 1 to 256, got '0'", error("--max-jobs", "0"));
        assertEquals("--max-epochs must be a whole number from 1 to 100000, got 'lots'", error("--max-epochs=lots"));
        assertEquals("--max-params must be a whole number from 1 to 100000000, got '-5'", error("--max-params=-5"));
        assertEquals("--no-server-training takes no value", error("--no-server-training=yes"));
    }

    @Test
    void theModelStoreCapIsASizeWithAnOptionalUnit() throws UsageException {
        assertEquals(0, parse().maxStoreBytes(), "no cap by default");
        assertEquals(500L * 1024 * 1024, parse("--max-store-bytes", "500M").maxStoreBytes());
        assertEquals(2L * 1024 * 1024 * 1024, parse("--max-store-bytes=2g").maxStoreBytes());
        assertEquals(100_000, parse("--max-store-bytes", "100_000").maxStoreBytes());
        assertEquals("--max-store-bytes must be a size of at least 64K, such as 500M or 2G, got '500'",
                error("--max-store-bytes", "500"));
        assertEquals("--max-store-bytes must be a size of at least 64K, such as 500M or 2G, got 'lots'",
                error("--max-store-bytes", "lots"));
    }

    @Test
    void hostingDefaultsToLoopbackAtTheRootFramableByAnyoneAcceptingNoMessages() throws UsageException {
        ServerOptions options = parse();
        assertEquals("127.0.0.1", options.hosting().host());
        assertEquals("", options.hosting().basePath());
        assertEquals(List.of("*"), options.hosting().frameAncestors());
        assertEquals(List.of(), options.hosting().embedOrigins());
        assertEquals(List.of(), options.hosting().dataOrigins());
        assertEquals(null, options.exportSite());
    }

    @Test
    void hostingOptionsAreReadAndNormalised() throws UsageException {
        Hosting hosting = parse("--host", "0.0.0.0", "--base-path", "/nn/", "--frame-ancestors",
                "self, https://lms.example.edu https://*.example.edu", "--embed-origins",
                "https://LMS.example.edu/,http://localhost:8000", "--data-origins", "https://files.example.edu").hosting();
        assertEquals(new Hosting("0.0.0.0", "/nn", List.of("'self'", "https://lms.example.edu", "https://*.example.edu"),
                List.of("https://lms.example.edu", "http://localhost:8000"), List.of("https://files.example.edu")), hosting);
        assertEquals("/courses/nn", parse("--base-path=courses/nn").hosting().basePath());
        assertEquals("", parse("--base-path", "/").hosting().basePath());
        assertEquals(List.of("'none'"), parse("--frame-ancestors", "none").hosting().frameAncestors());
        assertEquals(List.of(), parse("--embed-origins", "none").hosting().embedOrigins());
        assertEquals(Path.of("/srv/site"), parse("--export-site", "/srv/site").exportSite());
    }

    @Test
    void hostingValuesThatWouldBreakAHeaderAreRefused() {
        assertTrue(error("--base-path", "/nn/../etc").startsWith("--base-path must be a URL path"));
        assertTrue(error("--base-path", "/n n").startsWith("--base-path must be a URL path"));
        assertTrue(error("--frame-ancestors", "https://a.edu; script-src *").startsWith("--frame-ancestors takes"));
        assertTrue(error("--frame-ancestors", "'unsafe-inline'").startsWith("--frame-ancestors takes"));
        assertEquals("--frame-ancestors 'none' cannot be combined with other sources",
                error("--frame-ancestors", "none,https://a.edu"));
        assertTrue(error("--embed-origins", "https://a.edu/course").startsWith("--embed-origins takes origins"));
        assertTrue(error("--embed-origins", "ftp://a.edu").startsWith("--embed-origins takes origins"));
        assertTrue(error("--embed-origins", "*").startsWith("--embed-origins takes origins"));
        assertTrue(error("--data-origins", "https://a.edu/mnist/").startsWith("--data-origins takes origins"));
        assertTrue(error("--host", "a b").startsWith("--host needs"));
        assertEquals("--host needs a value", error("--host"));
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
