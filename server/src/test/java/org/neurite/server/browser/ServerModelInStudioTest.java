package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.data.IdxReader;
import org.neurite.engine.model.ModelFile;
import org.neurite.engine.nn.Model;
import org.neurite.engine.train.ConfusionMatrix;
import org.neurite.server.mnist.MnistFiles;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A model trained by a server job opens in the Studio in Chromium and predicts there exactly as on the JVM:
 * the confusion matrix the page shows over the 10,000 test digits is, cell by cell, the one the engine
 * computes on the JVM from the same file.
 */
class ServerModelInStudioTest {
    @RegisterExtension
    static final WorkerSite site = new WorkerSite();

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    @Test
    void aServerJobsModelPredictsInTheStudioAsOnTheJvm() throws IOException, InterruptedException {
        byte[] modelFile = site.trainOnTheServer("{\"recipe\":\"from=mlp&epochs=1\",\"dataset\":{\"name\":\"mnist\"}}",
                Duration.ofMinutes(3));
        int[] jvm = confusionOnTheJvm(ModelFile.read(modelFile));

        Path file = Files.createTempDirectory("neurite-server-model").resolve("server-mlp.neurite");
        Files.write(file, modelFile);
        try {
            StudioUser user = new StudioUser(chromium.browser());
            Browser browser = chromium.browser();
            user.openAndWaitForData(site.url("/mnist.html"));
            user.loadModelFile(file);
            user.waitForFilesStatus("ok", "server-mlp.neurite");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(120), Duration.ofMillis(200))
                    .until(d -> "10000".equals(browser.byId("st-confusion").getDomAttribute("data-total")));
            List<Object> cells = user.script("return Array.from(document.querySelectorAll('#st-confusion .st-cell'))"
                    + ".map(function (c) { return Number(c.getAttribute('data-count')); });");
            int[] page = cells.stream().mapToInt(c -> ((Number) c).intValue()).toArray();
            assertArrayEquals(jvm, page, "the page's confusion matrix (row: true digit, column: predicted)");
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        }
    }

    /** The 10 x 10 counts, row by row, as the engine computes them on this JVM. */
    private static int[] confusionOnTheJvm(Model model) {
        MnistFiles files = MnistFiles.provisionAndLoad(System.out);
        Dataset test = IdxReader.mnist("mnist test", files.testImages(), files.testLabels());
        float[] x = new float[test.size() * test.featureCount()];
        test.copyFeatures(Dataset.identityOrder(test.size()), 0, test.size(), x);
        float[] probabilities = model.predict(x, test.size()).clone();
        int[] labels = new int[test.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = test.label(i);
        }
        ConfusionMatrix m = ConfusionMatrix.of(probabilities, 10, labels);
        int[] counts = new int[100];
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                counts[i * 10 + j] = m.count(i, j);
            }
        }
        return counts;
    }
}
