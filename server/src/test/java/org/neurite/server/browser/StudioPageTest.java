package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neurite.engine.model.ModelFile;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.random.Rng;
import org.neurite.engine.train.NamedRecipe;
import org.neurite.server.Hosting;
import org.neurite.server.jobs.TrainingLimits;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The MNIST Studio when things go wrong and at its edges, in real Chromium: a truncated IDX download is named
 * and can be retried, a corrupt or foreign model file is refused while the current model stays, a link's hash
 * sets up the page, the custom editor and the settings refuse bad values with the engine's reasons, the CNN
 * preset predicts on the page (its time is measured), and the page fits a 360 px phone and embeds without chrome.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StudioPageTest {
    @RegisterExtension
    static final TruncatedMnistServer truncated = new TruncatedMnistServer();

    /** The Studio may download MNIST from the truncating server, as with --data-origins. */
    @RegisterExtension
    static final WorkerSite site = new WorkerSite(TrainingLimits.defaults(),
            Hosting.defaults().withDataOrigins(List.of(truncated.origin())));

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    private static StudioUser user;
    private static Path files;

    @BeforeAll
    static void modelFiles() throws IOException {
        user = new StudioUser(chromium.browser());
        files = Files.createTempDirectory("neurite-studio-files");
        Files.write(files.resolve("cnn.neurite"), ModelFile.write(Model.create(NamedRecipe.CNN.recipe().spec(), new Rng(1))));
        byte[] corrupt = ModelFile.write(Model.create(NamedRecipe.MLP.recipe().spec(), new Rng(1)));
        corrupt[corrupt.length / 2] ^= 0x5A;
        Files.write(files.resolve("corrupt.neurite"), corrupt);
        Files.write(files.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Files.write(files.resolve("xor.neurite"), ModelFile.write(Model.create(
                ModelSpec.parse("input 2 | dense 4 tanh | dense 1 linear | loss binaryCrossEntropy"), new Rng(1))));
    }

    @AfterAll
    static void removeFiles() throws IOException {
        for (String name : List.of("cnn.neurite", "corrupt.neurite", "photo.png", "xor.neurite")) {
            Files.deleteIfExists(files.resolve(name));
        }
        Files.deleteIfExists(files);
    }

    @Test
    @Order(1)
    void aFailedOrTruncatedDownloadIsNamedAndCanBeRetried() {
        Browser browser = chromium.browser();
        browser.open(site.url("/mnist.html?data=" + truncated.base() + "nowhere/"));
        browser.waitForAttribute("st-data", "data-state", "error", StudioUser.DATA_TIMEOUT);
        assertTrue(browser.text("st-data-error").contains("the server answered 404"), browser.text("st-data-error"));

        browser.open(site.url("/mnist.html?data=" + truncated.base()));
        browser.waitForAttribute("st-data", "data-state", "error", StudioUser.DATA_TIMEOUT);
        String message = browser.text("st-data-error");
        assertTrue(message.contains("train-images-idx3-ubyte: counts say 47040016 bytes (60000 images of 28x28 plus "
                + "the 16-byte header) but the file has " + TruncatedMnistServer.KEPT_BYTES
                + "; the file is truncated; download it again"), message);
        WebElement retry = browser.byId("st-data-retry");
        assertTrue(retry.isDisplayed(), "a retry button");
        // nothing else broke: the model panel works, training waits for the data
        assertEquals("MLP: 101,770 parameters", browser.text("st-summary-caption"));
        assertFalse(browser.byId("st-train").isEnabled(), "Train without data");
        browser.screenshotAt("st-data", "studio-truncated");
        user.click(retry);
        browser.waitForAttribute("st-data", "data-state", "error", StudioUser.DATA_TIMEOUT);
        assertTrue(browser.text("st-data-error").contains("the file is truncated"), browser.text("st-data-error"));
        assertEquals(List.of(), browser.consoleErrors(), "the page logged errors");
    }

    @Test
    @Order(2)
    void aLinkSetsUpThePageAndTheCnnPredictsOnThePage() {
        Browser browser = chromium.browser();
        user.openAndWaitForData(site.url("/mnist.html#preset=cnn&schedule=cosine&period=3&epochs=many"));
        assertTrue(browser.byId("st-preset-cnn").isSelected(), "the CNN preset from the link");
        assertEquals(Integer.toString(NamedRecipe.CNN.recipe().epochs()), browser.byId("st-epochs").getDomProperty("value"),
                "the preset's epochs, not the link's 'many'");
        assertEquals(Integer.toString(NamedRecipe.CNN.recipe().batchSize()), browser.byId("st-batch").getDomProperty("value"));
        assertEquals("cosine", browser.byId("st-schedule").getDomProperty("value"), "the link's schedule");
        assertEquals("3", browser.byId("st-period").getDomProperty("value"));
        String problem = browser.text("st-link-problem");
        assertTrue(problem.contains("the link's epochs (epochs=many) was not used: epochs 'many' is not a whole number")
                && problem.contains("using " + NamedRecipe.CNN.recipe().epochs()), problem);
        String hash = (String) user.script("return location.hash;");
        assertTrue(hash.contains("&epochs=" + NamedRecipe.CNN.recipe().epochs() + "&") && hash.contains("&schedule=cosine&"),
                "the page's link is the setup it shows: " + hash);
        browser.screenshotAt("st-link-problem", "studio-link-problem");

        // scoring a CNN on the 10,000 test digits takes the worker a while; the pad has the model at once
        user.loadModelFile(files.resolve("cnn.neurite"));
        String status = user.waitForFilesStatus("ok", "Loaded cnn.neurite");
        assertEquals(Integer.toString(NamedRecipe.CNN.recipe().spec().layers().get(0).units()),
                browser.byId("st-weights").getDomAttribute("data-count"), "first-convolution filters: " + status);
        for (int i = 0; i < 8; i++) {
            user.clearPadWithEscapeIfDrawn();
            user.drawZero();
            user.guessAfterDrawing();
        }
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> "true".equals(browser.byId("st-maps").getDomAttribute("data-drawn")));
        Map<String, Object> timing = user.padTiming();
        System.out.println("Studio: CNN preset prediction on the page (" + user.script(
                "return document.documentElement.dataset.engineTarget;") + "): last " + timing.get("ms")
                + " ms, mean " + timing.get("mean") + " ms over " + timing.get("count") + " predictions; drawing to "
                + "28x28: " + timing.get("convert") + " ms");
        assertTrue(Double.parseDouble((String) timing.get("mean")) > 0, "a measured prediction time");
        browser.screenshotAt("st-maps", "studio-cnn-maps");
    }

    @Test
    @Order(3)
    void aCorruptOrForeignModelFileIsRefusedAndTheCurrentModelStays() {
        Browser browser = chromium.browser();
        user.loadModelFile(files.resolve("corrupt.neurite"));
        String corrupt = user.waitForFilesStatus("error", "corrupt.neurite");
        assertTrue(corrupt.contains("is not a model this page can use: the model file is corrupt or truncated: its "
                + "checksum does not match"), corrupt);
        assertTrue(corrupt.contains("The current model stays."), corrupt);

        user.loadModelFile(files.resolve("photo.png"));
        String photo = user.waitForFilesStatus("error", "photo.png");
        assertTrue(photo.contains("not a Neurite model file"), photo);

        user.loadModelFile(files.resolve("xor.neurite"));
        String xor = user.waitForFilesStatus("error", "xor.neurite");
        assertTrue(xor.contains("it takes 2 inputs and gives 1 outputs"), xor);

        user.clearPadWithEscapeIfDrawn();
        user.drawOne();
        user.guessAfterDrawing();
        assertTrue(browser.text("st-pad-timing").contains("model from cnn.neurite"), browser.text("st-pad-timing"));
        assertEquals(List.of(), browser.consoleErrors(), "the page logged errors");
    }

    @Test
    @Order(4)
    void theCustomEditorAndTheSettingsRefuseBadValuesWithTheReason() {
        Browser browser = chromium.browser();
        user.click(browser.byId("st-preset-custom"));
        assertTrue(browser.byId("st-custom").isDisplayed(), "the layer editor");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#st-layers .st-layer"));
        assertEquals(NamedRecipe.CNN.recipe().spec().layers().size() - 1, rows.size(), "Custom starts from the CNN on screen");

        // a conv layer after flatten is refused by the engine, naming the layer
        new org.openqa.selenium.support.ui.Select(browser.byId("st-add-kind")).selectByValue("conv");
        user.click(browser.byId("st-add-layer"));
        String error = browser.text("st-model-error");
        assertTrue(error.contains("layer " + (rows.size() + 1) + " (conv): needs image input"), error);
        assertFalse(browser.byId("st-train").isEnabled(), "Train with a broken model");
        List<WebElement> invalid = browser.driver().findElements(By.cssSelector("#st-layers .st-layer[data-invalid]"));
        assertEquals(1, invalid.size(), "the named row is marked");
        user.click(invalid.get(0).findElement(By.cssSelector(".st-tool[aria-label='Remove this layer']")));
        assertFalse(browser.byId("st-model-error").isDisplayed(), browser.text("st-model-error"));

        // a typed width that is not a number
        WebElement units = browser.driver().findElement(By.cssSelector("#st-layers .st-layer[data-kind='dense'] input"));
        units.clear();
        units.sendKeys("wide");
        assertTrue(browser.text("st-model-error").contains("units 'wide' is not a whole number"),
                browser.text("st-model-error"));
        units.clear();
        units.sendKeys("64");
        assertTrue(browser.text("st-summary-caption").startsWith("Custom: "), browser.text("st-summary-caption"));

        WebElement rate = browser.byId("st-lr");
        rate.clear();
        rate.sendKeys("0");
        assertTrue(browser.text("st-lr-error").startsWith("learning rate 0.0 is not usable"), browser.text("st-lr-error"));
        assertEquals("true", rate.getDomAttribute("aria-invalid"));
        assertFalse(browser.byId("st-train").isEnabled(), "Train with a bad learning rate");
        rate.clear();
        rate.sendKeys("0.002");
        assertTrue(browser.byId("st-train").isEnabled(), "Train once every value is usable");
        String hash = (String) user.script("return decodeURIComponent(location.hash);");
        assertTrue(hash.contains("preset=custom") && hash.contains("dense+64+relu") && hash.contains("lr=0.002"), hash);
    }

    @Test
    @Order(5)
    void aDivergingRunStopsAndSaysWhy() {
        // a custom model from a link: with a linear hidden layer nothing dampens a too-large step, so it blows up
        Browser browser = chromium.browser();
        String spec = "input 1x28x28 | flatten | dense 64 linear | dense 10 linear | loss softmaxCrossEntropy";
        user.openAndWaitForData(site.url("/mnist.html#preset=custom&spec="
                + java.net.URLEncoder.encode(spec, java.nio.charset.StandardCharsets.UTF_8)
                + "&opt=sgd&lr=100&batch=32&epochs=1&l2=0"));
        assertTrue(browser.byId("st-preset-custom").isSelected(), "Custom from the link");
        assertEquals("Custom: 50,890 parameters", browser.text("st-summary-caption"));
        user.click("st-train");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60), Duration.ofMillis(100)).until(d -> {
            String state = browser.byId("st-train-status").getDomAttribute("data-state");
            assertFalse("done".equals(state) || "error".equals(state), "the run ended " + state + ": "
                    + browser.text("st-train-status"));
            return "diverged".equals(state);
        });
        String message = browser.text("st-train-status");
        assertTrue(message.startsWith("Training diverged") && message.contains("learning rate 100.0 is too high"),
                message);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> browser.byId("st-train").isEnabled());
        assertFalse(browser.byId("st-stop").isEnabled(), "Stop after the run ended");
    }

    @Test
    @Order(6)
    void fitsAPhoneAndEmbedsWithoutTheSiteChrome() {
        Browser browser = chromium.browser();
        browser.driver().manage().window().setSize(new Dimension(360, 800));
        try {
            user.openAndWaitForData(site.url("/mnist.html?embed#preset=mlp"));
            assertFalse(browser.driver().findElement(By.cssSelector(".site-header")).isDisplayed(), "header in embed");
            long overflow = ((Number) user.script("return document.documentElement.scrollWidth - window.innerWidth;"))
                    .longValue();
            assertTrue(overflow <= 0, "the page is " + overflow + " px wider than the phone");
            user.drawZero();
            // no model yet on this fresh page: the pad shows the 28x28 input and offers the quick model
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> browser.byId("st-pad-timing").getDomAttribute("data-convert-ms") != null);
            assertTrue(browser.text("st-pad-guess").startsWith("No model yet"), browser.text("st-pad-guess"));
            long started = System.nanoTime();
            user.click("st-quick-train");
            user.waitForTrainingState("done", Duration.ofSeconds(120));
            assertEquals(0, user.guessAfterDrawing(), "the quick model reads the 0 already on the pad");
            assertFalse(browser.byId("st-quick").isDisplayed(), "the quick-model offer once there is a model");
            System.out.println("Studio: quick model (one MLP epoch) on a 360 px page: test accuracy "
                    + browser.text("st-test-accuracy") + " after " + Math.round((System.nanoTime() - started) / 1e8) / 10.0
                    + " s");
            browser.screenshotAt("st-pad", "studio-phone");
            browser.screenshotAt("st-schedule", "studio-settings-phone");
            user.click("st-embed");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> String.valueOf(browser.byId("share-code").getDomProperty("value")).contains("<iframe"));
            String embed = browser.byId("share-code").getDomProperty("value");
            assertTrue(embed.contains("<iframe src=\"" + site.url("/mnist.html?embed#preset=mlp")), embed);
            assertTrue(browser.byId("share-code").isDisplayed(), "the dialog fits a phone");
            browser.screenshot("studio-share-dialog-phone");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
