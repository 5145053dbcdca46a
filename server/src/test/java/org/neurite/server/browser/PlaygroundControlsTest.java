package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** The Playground's controls read back what a link sets; the diagram and the square respond to the pointer. */
class PlaygroundControlsTest {
    static final Duration SHORT = Duration.ofSeconds(10);
    /** A setup with every setting away from its default, written in the page's own order. */
    static final String EVERY_SETTING = "#dataset=multiclass&classes=4&noise=20&trainShare=70&seed=7"
            + "&features=x1,x2,sinx1&layers=5,3,2&activations=relu,tanh,sigmoid&loss=mse&learningRate=0.1"
            + "&batchSize=20&optimizer=rmsprop&regularization=l2&regularizationRate=0.003&targetLoss=0.02"
            + "&showTest=true&discretize=true&schedule=cosine&decay=0.25&period=30";

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    private PlaygroundUser page() {
        return new PlaygroundUser(chromium.browser(), site);
    }

    @Test
    void aLinkSetsEveryControlAndTheAddressKeepsThem() {
        PlaygroundUser page = page();
        page.open(EVERY_SETTING);
        Browser browser = page.browser();

        assertEquals("multiclass", page.checkedRadio("pg-dataset"));
        assertEquals("4", page.value("pg-classes"));
        assertEquals("20", page.value("pg-noise"));
        assertEquals("70", page.value("pg-trainShare"));
        assertEquals("70%", browser.text("pg-trainShare-value"));
        assertEquals("7", browser.text("pg-seed"));
        for (String feature : new String[] {"x1", "x2", "sinx1"}) {
            assertTrue(page.checked("pg-feature-" + feature), feature + " is on");
        }
        for (String feature : new String[] {"x1sq", "x2sq", "x1x2", "sinx2"}) {
            assertFalse(page.checked("pg-feature-" + feature), feature + " is off");
        }
        assertEquals("3 hidden layers", browser.text("pg-layer-count"));
        List<WebElement> titles = browser.driver().findElements(By.cssSelector("#pg-net .pg-col-title"));
        assertEquals(List.of("Features", "5 neurons", "3 neurons", "2 neurons", "Output"),
                titles.stream().map(WebElement::getText).toList());
        List<WebElement> activations = browser.driver().findElements(By.cssSelector("#pg-net .pg-layer-activation"));
        assertEquals(List.of("relu", "tanh", "sigmoid"),
                activations.stream().map(s -> s.getDomProperty("value")).toList());
        assertEquals("mixed", page.selected("pg-activation"));
        assertEquals(4, page.nodes(4).size(), "one output per class");
        assertEquals("mse", page.selected("pg-loss"));
        assertEquals("0.1", page.value("pg-learningRate"));
        assertEquals("20", page.value("pg-batchSize"));
        assertEquals("rmsprop", page.selected("pg-optimizer"));
        assertEquals("l2", page.selected("pg-regularization"));
        assertEquals("0.003", page.value("pg-regularizationRate"));
        assertEquals("0.02", page.value("pg-targetLoss"));
        assertTrue(page.checked("pg-showTest"));
        assertTrue(page.checked("pg-discretize"));
        assertEquals("cosine", page.selected("pg-schedule"));
        assertEquals("30", page.value("pg-period"));
        assertEquals(EVERY_SETTING, page.hash(), "the page writes back the same link");
        assertTrue(browser.byId("pg-notices").getDomProperty("hidden").equals("true"), "no warnings");

        browser.byId("pg-noise").sendKeys(Keys.ARROW_RIGHT);
        page.waitUntil("noise 25 in the address", SHORT, () -> page.hash().contains("&noise=25&"));
        String changed = page.hash();
        page.open(changed);
        assertEquals("25", page.value("pg-noise"));
        assertEquals(changed, page.hash());
        assertEquals(List.of(), browser.consoleErrors(), "the page logged errors");
    }

    @Test
    void theSameLinkGivesTheSameDataAndTheSameNetwork() {
        PlaygroundUser page = page();
        page.open("#dataset=spiral&noise=10&seed=11");
        String first = page.heatmapPicture();
        page.browser().byId("pg-regenerate").click();
        page.waitUntil("seed 12", SHORT, () -> page.hash().contains("seed=12"));
        assertNotEquals(first, page.heatmapPicture(), "a new seed draws new points");
        page.open("#dataset=spiral&noise=10&seed=11");
        assertEquals(first, page.heatmapPicture(), "the same link draws the same picture");
    }

    @Test
    void refusedValuesInALinkAreNamedAndDefaultsUsed() {
        PlaygroundUser page = page();
        page.open("#layers=0&learningRate=1e6&bogus=1");
        String notices = page.browser().text("pg-notices");
        assertTrue(notices.contains("hidden layers (layers=0) was not used: neurons per layer: 0 is out of range"),
                notices);
        assertTrue(notices.contains("learning rate (learningRate=1e6) was not used: learning rate 1000000"), notices);
        assertTrue(notices.contains("'bogus' is not a Playground setting"), notices);
        assertEquals("2 hidden layers", page.browser().text("pg-layer-count"));
        assertEquals("0.03", page.value("pg-learningRate"));
    }

    @Test
    void hideAndEmbedRemoveWhatAnInstructorAsks() {
        PlaygroundUser page = page();
        page.open("#hide=noise,learningRate,upload");
        Browser browser = page.browser();
        assertFalse(browser.byId("pg-noise").isDisplayed());
        assertFalse(browser.byId("pg-learningRate").isDisplayed());
        assertFalse(browser.byId("pg-csv-message").isDisplayed());
        assertTrue(browser.byId("pg-optimizer").isDisplayed());
        assertTrue(browser.byId("pg-trainShare").isDisplayed());

        browser.open("about:blank");
        browser.open(site.url("/playground.html?embed&hide=dataset#seed=3"));
        browser.waitForAttribute("main", "data-ready", "true", PlaygroundUser.LOAD);
        assertFalse(browser.driver().findElement(By.cssSelector(".site-header")).isDisplayed(), "no site header");
        assertFalse(browser.driver().findElement(By.cssSelector(".site-footer")).isDisplayed(), "no site footer");
        assertFalse(browser.driver().findElement(By.cssSelector("[data-control='dataset']")).isDisplayed());
        page.waitUntil("the query's hide= in the link", SHORT, () -> page.hash().contains("hide=dataset"));
        page.click("pg-share-embed");
        page.waitUntil("the embed code", SHORT, () -> !codeIn(browser).isEmpty());
        String code = codeIn(browser);
        assertTrue(code.startsWith("<iframe src=\"" + site.url("/playground.html?embed#dataset=circle")), code);
        assertTrue(code.contains("&amp;hide=dataset"), code);
        assertTrue(code.contains("width=\"100%\" height=\"900\""), code);

        new Select(browser.byId("share-size")).selectByValue("320x560");
        assertTrue(codeIn(browser).contains("width=\"320\" height=\"560\""), codeIn(browser));
        browser.byId("share-width").clear();
        browser.byId("share-width").sendKeys("100");
        assertEquals("", codeIn(browser), "no code to copy for a size out of range");
        assertTrue(browser.text("share-status").contains("from 320 to 2000"), browser.text("share-status"));
        browser.byId("share-width").sendKeys("0");
        assertTrue(codeIn(browser).contains("width=\"1000\" height=\"560\""), codeIn(browser));
        page.click("share-preview-button");
        WebElement preview = browser.driver().findElement(By.cssSelector(".share-preview iframe"));
        assertEquals(site.url("/playground.html?embed#") + page.hash().substring(1)
                .replaceAll("&?hide=dataset", ""), preview.getDomAttribute("src").replaceAll("&?hide=dataset", ""));
        browser.screenshot("playground-share-dialog");
        browser.driver().switchTo().frame(preview);
        try {
            browser.waitForAttribute("main", "data-ready", "true", PlaygroundUser.LOAD);
            assertFalse(browser.driver().findElement(By.cssSelector(".site-header")).isDisplayed());
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    @Test
    void lockShowsControlsThatCannotBeChanged() {
        Browser browser = chromium.browser();
        browser.open("about:blank");
        browser.open(site.url("/playground.html?embed&lock=noise,playback#seed=3"));
        browser.waitForAttribute("main", "data-ready", "true", PlaygroundUser.LOAD);
        WebElement noise = browser.driver().findElement(By.cssSelector("[data-control='noise']"));
        assertTrue(noise.isDisplayed(), "a locked control is still shown");
        assertTrue(noise.getDomAttribute("class").contains("locked"), noise.getDomAttribute("class"));
        assertEquals(Boolean.TRUE, ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return arguments[0].inert", noise));
        try {
            browser.byId("pg-play").click();
        } catch (org.openqa.selenium.WebDriverException inert) {
            // the driver may refuse outright: an inert button takes no click
        }
        assertEquals(0, Integer.parseInt(browser.text("pg-epoch").replaceAll("[^0-9]", "")), "no epoch trained");
        assertEquals("false", browser.byId("pg-play").getDomAttribute("data-playing"));
        WebElement optimizer = browser.driver().findElement(By.cssSelector("[data-control='optimizer']"));
        assertFalse(optimizer.getDomAttribute("class").contains("locked"), "controls not named stay free");
    }

    private static String codeIn(Browser browser) {
        return java.util.Objects.requireNonNullElse(browser.byId("share-code").getDomProperty("value"), "");
    }

    @Test
    void editingAWeightThroughItsLinkChangesTheOutput() {
        PlaygroundUser page = page();
        page.open("#dataset=circle&layers=3&activations=tanh&seed=5");
        Browser browser = page.browser();
        String before = page.heatmapPicture();

        // The link from hidden neuron 1 to the output: its curve passes through the midpoint of the two nodes.
        page.pointAt("1:0", "2:0");
        page.waitUntil("the link's tooltip", SHORT, () -> !browser.byId("pg-tooltip").getDomProperty("hidden")
                .equals("true"));
        String tip = browser.text("pg-tooltip");
        assertTrue(tip.startsWith("weight ") && tip.contains(" · gradient 0 · click to edit"), tip);
        page.clickAt("1:0", "2:0");
        page.waitUntil("the inspector", SHORT, () -> browser.text("pg-inspector").startsWith("Weight from layer 1"
                + " neuron 1 to output"));
        WebElement weight = browser.driver().findElement(By.cssSelector("#pg-inspector input[data-param='1:w:0:0']"));
        PlaygroundUser.typeInto(weight, "-6");
        page.waitUntil("a new picture", SHORT, () -> !before.equals(page.heatmapPicture()));
        assertEquals("-6", weight.getDomProperty("value"));
        assertEquals("", browser.text("pg-inspector-error"));

        PlaygroundUser.typeInto(weight, "lots");
        page.waitUntil("the refusal", SHORT, () -> !browser.text("pg-inspector-error").isEmpty());
        assertTrue(browser.text("pg-inspector-error").startsWith("'lots' is not a number"),
                browser.text("pg-inspector-error"));

        page.click("pg-step");
        page.waitUntil("a gradient after one batch", SHORT, () -> {
            String g = browser.driver().findElement(By.cssSelector("#pg-inspector .pg-gradient")).getText();
            return !g.equals("not trained yet") && !g.equals("0");
        });
        assertEquals(List.of(), browser.consoleErrors(), "the page logged errors");
    }

    /** A weight typed while the pointer rests on its link: the link's label reads the new weight at once. */
    @Test
    void theLinkLabelReadsAWeightTypedWhileThePointerRestsOnIt() {
        PlaygroundUser page = page();
        Browser browser = page.browser();
        Dimension usual = browser.driver().manage().window().getSize();
        try {
            // tall enough that the link and the inspector's field are both in view: typing scrolls nothing
            browser.driver().manage().window().setSize(new Dimension(1280, 1400));
            page.open("#dataset=circle&layers=3&activations=tanh&seed=5");
            page.clickAt("1:0", "2:0");
            page.waitUntil("the link's label", SHORT, () -> browser.text("pg-tooltip").startsWith("weight "));
            WebElement weight = browser.driver().findElement(By.cssSelector("#pg-inspector input[data-param='1:w:0:0']"));
            PlaygroundUser.typeInto(weight, "-6");
            page.waitUntil("the label's new weight", SHORT, () -> browser.text("pg-tooltip").startsWith("weight -6.00 "));
            browser.screenshot("playground-link-label");
        } finally {
            browser.driver().manage().window().setSize(usual);
        }
    }

    /**
     * On a 390 px phone the diagram's Output column is on screen; a network too wide for it says it scrolls
     * sideways, and to where.
     */
    @Test
    void onAPhoneTheOutputColumnIsInSightOrSignposted() {
        PlaygroundUser page = page();
        Browser browser = page.browser();
        Dimension desktop = browser.driver().manage().window().getSize();
        try {
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            page.open("");
            page.centre(browser.byId("pg-net"));
            assertTrue(outputColumnInSight(page), "the Output column is cut off at 390 px");
            browser.screenshot("playground-phone-network");
            page.open("#layers=8,8,8,8,8,8");
            WebElement hint = browser.byId("pg-net-more");
            page.centre(browser.byId("pg-net"));
            page.waitUntil("the scroll sign", SHORT, hint::isDisplayed);
            assertTrue(hint.getText().contains("Output"), hint.getText());
            browser.screenshot("playground-phone-network-wide");
        } finally {
            browser.driver().manage().window().setSize(desktop);
        }
    }

    private static boolean outputColumnInSight(PlaygroundUser page) {
        return (Boolean) page.js("var box = document.querySelector('.pg-net-scroll').getBoundingClientRect();"
                + "var cols = document.querySelectorAll('#pg-net .pg-col'); var last = cols[cols.length - 1];"
                + "var out = last.getBoundingClientRect();"
                + "return out.left >= box.left - 1 && out.right <= box.right + 1;");
    }

    @Test
    void aNeuronOpensInTheSquareAndTheInspectorListsItsWeights() {
        PlaygroundUser page = page();
        page.open("#dataset=xor&layers=4,2&seed=1");
        Browser browser = page.browser();
        String output = page.heatmapPicture();
        page.centre(page.nodes(1).get(2)).click();
        page.waitUntil("the neuron in the square", SHORT,
                () -> browser.text("pg-heatmap-caption").startsWith("Hidden layer 1, neuron 3 (tanh)"));
        assertNotEquals(output, page.heatmapPicture());
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#pg-inspector tbody tr"));
        assertEquals(3, rows.size(), "bias and one weight per input");
        assertEquals("bias", rows.get(0).findElement(By.tagName("th")).getText());
        assertEquals("from x₁", rows.get(1).findElement(By.tagName("th")).getText());
        WebElement bias = rows.get(0).findElement(By.tagName("input"));
        String neuron = page.heatmapPicture();
        PlaygroundUser.typeInto(bias, "2.5");
        page.waitUntil("the neuron redrawn", SHORT, () -> !neuron.equals(page.heatmapPicture()));

        page.click("pg-inspector-close");
        page.waitUntil("the output again", SHORT,
                () -> browser.text("pg-heatmap-caption").startsWith("The network's answer"));
    }

    @Test
    void clickingAddsAndErasesPointsAndTheCountFollows() {
        PlaygroundUser page = page();
        page.open("#dataset=gaussian&seed=4");
        Browser browser = page.browser();
        assertEquals(500, page.pointCount());
        page.chooseRadio("pg-tool", "add");
        WebElement square = page.centre(browser.byId("pg-heatmap"));
        int size = square.getRect().getWidth();
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .moveToElement(square, -size / 2 + size / 10, -size / 2 + size / 10).click().perform();
        page.waitUntil("501 points", SHORT, () -> page.pointCount() == 501);
        assertTrue(browser.text("pg-counts").startsWith("501 points: 251 for training"), browser.text("pg-counts"));
        page.waitUntil("the point in the address", SHORT, () -> page.hash().contains("points=-4.8"));

        square.sendKeys(Keys.ENTER);
        page.waitUntil("502 points", SHORT, () -> page.pointCount() == 502);

        new org.openqa.selenium.interactions.Actions(browser.driver()).keyDown(Keys.SHIFT)
                .moveToElement(square, -size / 2 + size / 10, -size / 2 + size / 10).click().keyUp(Keys.SHIFT)
                .perform();
        page.waitUntil("501 points again", SHORT, () -> page.pointCount() == 501);
        page.chooseRadio("pg-tool", "erase");
        square.sendKeys(Keys.ENTER);
        page.waitUntil("500 points again", SHORT, () -> page.pointCount() == 500);
        page.waitUntil("no points in the address", SHORT, () -> !page.hash().contains("points="));
        assertEquals(List.of(), browser.consoleErrors(), "the page logged errors");
    }

    @Test
    void addingAndRemovingLayersAndNeuronsReshapesTheNetwork() {
        PlaygroundUser page = page();
        page.open("#layers=1&activations=relu");
        Browser browser = page.browser();
        WebElement minus = browser.driver().findElement(By.cssSelector(
                "#pg-net [aria-label='Remove a neuron from hidden layer 1']"));
        assertFalse(minus.isEnabled(), "a layer keeps at least one neuron");
        page.centre(browser.driver().findElement(By.cssSelector(
                "#pg-net [aria-label='Add a neuron to hidden layer 1']"))).click();
        page.waitUntil("two neurons", SHORT, () -> page.nodes(1).size() == 2);
        page.click("pg-add-layer");
        page.waitUntil("two layers", SHORT, () -> browser.text("pg-layer-count").equals("2 hidden layers"));
        page.waitUntil("the new shape in the address", SHORT,
                () -> page.hash().contains("layers=2,2&activations=relu,relu"));
        for (int i = 0; i < 6; i++) {
            page.click("pg-add-layer");
        }
        page.waitUntil("eight layers", SHORT, () -> browser.text("pg-layer-count").equals("8 hidden layers"));
        assertFalse(browser.byId("pg-add-layer").isEnabled(), "at most eight");
        for (int i = 0; i < 8; i++) {
            page.click("pg-remove-layer");
        }
        page.waitUntil("no hidden layer", SHORT, () -> browser.text("pg-layer-count").equals("0 hidden layers"));
        assertFalse(browser.byId("pg-remove-layer").isEnabled());
        assertEquals(List.of(), browser.consoleErrors(), "the page logged errors");
    }

    /**
     * On a 360 px phone nothing makes the page scroll sideways (the diagram scrolls in its own box), and a tap on
     * a neuron does what hovering does with a mouse: the neuron fills the square.
     */
    @Test
    void aPhoneGetsTheWholeLabAndATapShowsANeuron() {
        PlaygroundUser page = page();
        Browser browser = page.browser();
        Dimension desktop = browser.driver().manage().window().getSize();
        try {
            browser.driver().manage().window().setSize(new Dimension(360, 800));
            page.open("#dataset=spiral&layers=6,4&activations=tanh&seed=2&showTest=true");
            Number pageWidth = (Number) page.js("return document.documentElement.scrollWidth;");
            Number viewport = (Number) page.js("return window.innerWidth;");
            assertTrue(pageWidth.intValue() <= viewport.intValue(), "page " + pageWidth + " px wide in a "
                    + viewport + " px window");
            browser.screenshot("playground-phone");

            WebElement node = page.nodes(1).get(1);
            page.js("arguments[0].scrollIntoView({block: 'center'});", node);
            org.openqa.selenium.Rectangle box = node.getRect();
            Number scrollY = (Number) page.js("return window.scrollY;");
            Number scrollX = (Number) page.js("return window.scrollX;");
            double x = box.getX() + box.getWidth() / 2.0 - scrollX.doubleValue();
            double y = box.getY() + box.getHeight() / 2.0 - scrollY.doubleValue();
            ChromeDriver chrome = (ChromeDriver) browser.driver();
            chrome.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchStart",
                    "touchPoints", List.of(Map.of("x", x, "y", y))));
            chrome.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchEnd",
                    "touchPoints", List.of()));
            page.waitUntil("the tapped neuron in the square", SHORT,
                    () -> browser.text("pg-heatmap-caption").startsWith("Hidden layer 1, neuron 2 (tanh)"));
            assertEquals("true", node.getDomAttribute("aria-pressed"));
            page.js("document.getElementById('pg-heatmap').scrollIntoView({block: 'start'});");
            browser.screenshot("playground-phone-neuron");
        } finally {
            browser.driver().manage().window().setSize(desktop);
        }
        assertEquals(List.of(), browser.consoleErrors(), "the page logged errors");
    }
}
