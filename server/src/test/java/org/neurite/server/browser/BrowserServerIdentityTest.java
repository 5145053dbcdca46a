package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurite.engine.model.ModelFile;
import org.neurite.server.Http;

/**
 * One recipe and seed, trained twice: in the Studio's worker in Chromium (the WebAssembly build) and as a
 * one-thread job on the server's JVM. The page saves its model to the server; the two model files are the
 * same bytes, so every weight is bit-identical. The MLP preset has dropout and shuffling, so the random
 * number streams are compared too, not only the arithmetic. The Quick CNN preset's convolutions take different
 * routes on the two sides (the JVM makes its patches row by row as its kernel streams them, and by pixel for the
 * second layer's weight gradient; the browser writes them out for its SIMD kernel) and must still agree.
 */
class BrowserServerIdentityTest {
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(4);

    @RegisterExtension
    static final WorkerSite site = new WorkerSite();

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"from=mlp&epochs=1", "from=quick-cnn&epochs=1"})
    void theSameRecipeEndsWithTheSameWeightsInTheBrowserAndOnTheServer(String recipe) throws InterruptedException {
        StudioUser user = new StudioUser(chromium.browser());
        user.openAndWaitForData(site.url("/mnist.html#" + recipe.replace("from=", "preset=") + "&workers=1"));
        user.click("st-train");
        user.waitForTrainingState("done", RUN_TIMEOUT);
        user.click("st-save-server");
        user.waitForFilesStatus("ok", "Saved");
        JsonNode models = Http.json(site.get("/api/models"));
        JsonNode stored = models.isArray() ? models.get(0) : models.get("models").get(0);
        byte[] browser = site.get("/api/models/" + stored.get("id").asText()).body();

        byte[] server = site.trainOnTheServer("{\"recipe\":\"" + recipe + "\",\"dataset\":{\"name\":\"mnist\"},"
                + "\"threads\":1}", RUN_TIMEOUT);
        assertEquals(ModelFile.read(server).weightDigest(), ModelFile.read(browser).weightDigest(),
                "weight digests: browser (wasm worker) against server (JVM, one thread)");
        assertArrayEquals(server, browser, "the two model files, byte for byte");
    }

}
