package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neurite.engine.model.ModelFile;
import org.neurite.engine.nn.Model;

/**
 * Files in and out: a good CSV trains, each bad one is named with its problem and the data on screen stays; the
 * downloads are the engine's model file and a CSV the upload reads back.
 */
class PlaygroundUploadTest {
    static final Duration SHORT = Duration.ofSeconds(10);

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    @TempDir
    static Path files;

    private PlaygroundUser page() {
        return new PlaygroundUser(chromium.browser(), site);
    }

    /** 200 points on a 10 x 20 grid over [-4.5, 5]², labelled by which side of the line x2 = x1 they are. */
    private static Path goodFile() throws IOException {
        StringBuilder csv = new StringBuilder("a,b,side\n");
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 20; j++) {
                double x = -4.5 + i, y = -4.5 + j * 0.5;
                csv.append(x).append(',').append(y).append(',').append(y > x ? "above" : "below").append('\n');
            }
        }
        return write("line.csv", csv.toString());
    }

    private static Path write(String name, String text) throws IOException {
        Path file = files.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static void upload(PlaygroundUser page, Path file) {
        page.browser().byId("pg-csv").sendKeys(file.toAbsolutePath().toString());
    }

    @Test
    void aGoodFileReplacesTheDataAndTrains() throws IOException {
        PlaygroundUser page = page();
        page.open("#dataset=xor&layers=2&activations=tanh&learningRate=0.1&seed=2");
        upload(page, goodFile());
        page.waitUntil("the file loaded", SHORT, () -> page.browser().text("pg-csv-message").equals("Loaded line.csv."));
        assertEquals(200, page.pointCount());
        assertEquals("csv", page.checkedRadio("pg-dataset"));
        assertEquals("line.csv", page.browser().text("pg-csv-name"));
        page.waitUntil("the uploaded data in the address", SHORT, () -> page.hash().contains("dataset=csv"));
        page.play();
        page.waitUntil("95% test accuracy on the uploaded points", Duration.ofSeconds(60),
                () -> page.testAccuracy() >= 0.95);
        page.pause();
        assertEquals(List.of(), page.browser().consoleErrors(), "the page logged errors");
    }

    /** Three clusters labelled with words: the legend, the caption and the brush say which colour is which. */
    @Test
    void wordLabelsNameTheClassesInTheLegendAndTheOutput() throws IOException {
        PlaygroundUser page = page();
        page.open("#dataset=circle&layers=3&seed=1");
        StringBuilder csv = new StringBuilder("x1,x2,animal\n");
        String[] animals = {"cat", "dog", "bird"};
        for (int i = 0; i < 30; i++) {
            int k = i % 3;
            csv.append(-3 + 3 * k + 0.1 * (i / 3)).append(',').append(k - 1 + 0.05 * i).append(',')
                    .append(animals[k]).append('\n');
        }
        upload(page, write("animals.csv", csv.toString()));
        page.waitUntil("the file loaded", SHORT, () -> page.browser().text("pg-csv-message").equals("Loaded animals.csv."));
        String legend = page.browser().text("pg-legend");
        assertTrue(legend.contains("cat (orange)") && legend.contains("dog (blue)") && legend.contains("bird (green)"),
                legend);
        String caption = page.browser().text("pg-heatmap-caption");
        assertTrue(caption.contains("cat orange, dog blue, bird green"), caption);
        page.chooseRadio("pg-tool", "add");
        String brush = page.browser().text("pg-brush");
        assertTrue(brush.contains("cat") && brush.contains("bird") && !brush.contains("class"), brush);
        page.browser().screenshotAt("pg-legend", "playground-word-labels");
    }

    /**
     * A handful of points reaches the engine's epoch limit in seconds: the page says so, and play goes on with
     * the same weights.
     */
    @Test
    void theEpochLimitIsSaidAndPlayGoesOn() throws IOException {
        PlaygroundUser page = page();
        page.open("#dataset=xor&layers=2&activations=tanh&batchSize=10&seed=3");
        upload(page, write("four.csv", "x1,x2,label\n-1,-1,0\n1,1,0\n-1,1,1\n1,-1,1\n"));
        page.waitUntil("the file loaded", SHORT, () -> page.browser().text("pg-csv-message").equals("Loaded four.csv."));
        page.play();
        page.waitUntil("the end of the run", Duration.ofSeconds(180), () -> !page.isPlaying());
        assertEquals(100_000, page.epoch());
        String status = page.status();
        assertTrue(status.contains("100,000") && status.contains("play to go on"), status);
        page.play();
        page.waitUntil("training past the limit", SHORT, () -> page.epoch() > 100_000);
        page.pause();
        assertEquals(List.of(), page.browser().consoleErrors(), "the page logged errors");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ragged.csv|x1,x2,label\\n1,2,0\\n3,4\\n|ragged.csv: line 3 has 2 values but the header has 3 columns",
        "letters.csv|x1,x2,label\\n1,2,0\\n1,abc,1\\n|letters.csv: line 3, column 2 ('x2'): 'abc' is not a number",
        "single.csv|x1\\n1\\n2\\n|single.csv: the header has only one column ('x1')",
        "empty.csv||empty.csv: the file is empty",
        "wide.csv|a,b,c,label\\n1,2,3,0\\n4,5,6,1\\n|wide.csv: the Playground needs exactly two feature columns"})
    void aBadFileIsNamedWithItsProblemAndTheDataStays(String name, String content, String message) throws IOException {
        PlaygroundUser page = page();
        page.open("#dataset=spiral&seed=3");
        String picture = page.heatmapPicture();
        upload(page, write(name, content == null ? "" : content.replace("\\n", "\n")));
        page.waitUntil("the message", SHORT, () -> !page.browser().text("pg-csv-message").isEmpty());

        String shown = page.browser().text("pg-csv-message");
        assertTrue(shown.startsWith(message), "'" + shown + "' should start with '" + message + "'");
        assertEquals("error", page.browser().byId("pg-csv-message").getDomAttribute("data-state"));
        assertEquals(500, page.pointCount(), "the spiral stays");
        assertEquals("spiral", page.checkedRadio("pg-dataset"));
        assertEquals(picture, page.heatmapPicture(), "nothing was redrawn differently");
    }

    @Test
    void theDownloadsAreTheModelFileAndTheDataAsCsv() throws IOException {
        PlaygroundUser page = page();
        page.open("#dataset=gaussian&layers=3&activations=relu&seed=6");
        page.js("window.saved = [];"
                + "URL.createObjectURL = function (blob) { window.saved.push(blob); return 'blob:kept'; };"
                + "var click = HTMLAnchorElement.prototype.click;"
                + "HTMLAnchorElement.prototype.click = function () { if (!this.download) { click.call(this); } };");
        page.click("pg-download-model");
        page.click("pg-download-data");
        page.waitUntil("two downloads", SHORT, () -> ((Number) page.js("return window.saved.length;")).intValue() == 2);

        byte[] model = java.util.Base64.getDecoder().decode(saved(page, 0));
        Model read = ModelFile.read(model);
        assertEquals("input 2 | dense 3 relu | dense 1 linear | loss binaryCrossEntropy", read.spec().toText());
        String csv = new String(java.util.Base64.getDecoder().decode(saved(page, 1)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("x1,x2,label\n"), csv.substring(0, 40));
        assertEquals(501, csv.split("\n").length, "a header and 500 points");

        upload(page, write("again.csv", csv));
        page.waitUntil("the download uploaded again", SHORT,
                () -> page.browser().text("pg-csv-message").equals("Loaded again.csv."));
        assertEquals(500, page.pointCount());
    }

    /** The base64 bytes of the {@code index}-th blob the page saved. */
    private static String saved(PlaygroundUser page, int index) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) page.browser().driver()).executeAsyncScript(""
                + "var done = arguments[arguments.length - 1];"
                + "window.saved[arguments[0]].arrayBuffer().then(function (buffer) {"
                + "  var bytes = new Uint8Array(buffer), text = '';"
                + "  for (var i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }"
                + "  done(btoa(text)); });", index);
    }
}
