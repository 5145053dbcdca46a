package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neurite.engine.export.Exports;
import org.neurite.engine.model.ModelFile;
import org.neurite.engine.nn.Model;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The Playground's Export menu, read as the files it saves: each format holds the network on the page (its
 * layer sizes, its loss, the weights the Inspector shows), and the binary ones are the engine's own bytes for the
 * model the page downloads.
 */
class PlaygroundExportTest {
    private static final Duration SHORT = Duration.ofSeconds(10);
    private static final String LINK = "#dataset=plane&layers=5,3&activations=tanh&loss=huber&learningRate=0.03"
            + "&schedule=cosine&period=20&seed=4";

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    @Test
    void eachFormatHoldsTheNetworkOnThePage() throws IOException {
        PlaygroundUser page = new PlaygroundUser(chromium.browser(), site);
        page.open(LINK);
        Browser browser = page.browser();
        for (int i = 0; i < 5; i++) {
            page.click("pg-step"); // weights that moved from their start
        }
        SavedFiles saved = SavedFiles.watch(browser);
        page.click("pg-download-model");
        Model onPage = ModelFile.read(saved.take(1).get(0).bytes());
        Exports engine = new Exports(onPage, null, "playground-plane");

        SavedFiles.Saved torch = export(page, saved, "pytorch");
        assertEquals("playground-plane.py", torch.name());
        assertTrue(torch.text().startsWith("\"\"\"playground-plane: a network trained in Neurite, as a PyTorch"
                + " notebook."), torch.text().substring(0, 80));
        String torchText = torch.text();
        int sequential = torchText.indexOf("model = nn.Sequential(");
        assertTrue(sequential > 0, "an nn.Sequential");
        int first = torchText.indexOf("nn.Linear(2, 5),", sequential);
        int second = torchText.indexOf("nn.Linear(5, 3),", first);
        int output = torchText.indexOf("nn.Linear(3, 1),", second);
        assertTrue(first > 0 && second > first && output > second, "the page's layer sizes, in order:\n"
                + torchText.substring(sequential, Math.min(torchText.length(), sequential + 600)));
        assertTrue(torchText.contains("nn.HuberLoss("), "the page's Huber loss goes on training in PyTorch");

        SavedFiles.Saved numpy = export(page, saved, "numpy");
        assertEquals("playground-plane_numpy.py", numpy.name());
        assertTrue(numpy.text().startsWith("\"\"\"A Neurite network as a plain NumPy forward pass"), numpy.name());
        assertTrue(numpy.text().contains("Lab spec: " + onPage.spec().toText()), "the page's spec");

        SavedFiles.Saved onnx = export(page, saved, "onnx");
        assertEquals("playground-plane.onnx", onnx.name());
        assertArrayEquals(engine.bytes(Exports.Kind.ONNX), onnx.bytes(),
                "the engine's ONNX bytes for the model the page downloads");

        SavedFiles.Saved json = export(page, saved, "json");
        assertEquals("playground-plane-weights.json", json.name());
        JsonNode weights = new ObjectMapper().readTree(json.bytes());
        assertEquals("neurite-weights", weights.get("format").asText());
        assertEquals("huber", weights.get("loss").asText());
        JsonNode layers = weights.get("layers");
        assertEquals(3, layers.size());
        int[][] shapes = {{2, 5}, {5, 3}, {3, 1}};
        for (int i = 0; i < shapes.length; i++) {
            JsonNode w = layers.get(i).get("W");
            assertEquals(List.of(shapes[i][0], shapes[i][1]), List.of(w.get("shape").get(0).asInt(),
                    w.get("shape").get(1).asInt()), "layer " + (i + 1) + "'s W");
            assertEquals(shapes[i][1], layers.get(i).get("b").get("shape").get(0).asInt());
        }
        assertWeightsAsTheInspectorShowsThem(page, layers);
        assertEquals(List.of(), browser.consoleErrors(), "the page logged errors");
    }

    /** Every weight and the bias of hidden layer 2's second neuron, as the Inspector lists them, are in the JSON. */
    private static void assertWeightsAsTheInspectorShowsThem(PlaygroundUser page, JsonNode layers) {
        Browser browser = page.browser();
        page.centre(page.nodes(2).get(1)).click();
        page.waitUntil("the neuron's weights", SHORT, () -> browser.text("pg-heatmap-caption")
                .startsWith("Hidden layer 2, neuron 2"));
        List<WebElement> fields = browser.driver().findElements(By.cssSelector("#pg-inspector input[data-param]"));
        assertEquals(6, fields.size(), "a bias and five weights");
        for (WebElement field : fields) {
            String[] param = field.getDomAttribute("data-param").split(":");
            JsonNode layer = layers.get(Integer.parseInt(param[0]));
            double exported = "b".equals(param[1])
                    ? layer.get("b").get("values").get(Integer.parseInt(param[2])).asDouble()
                    : layer.get("W").get("values").get(Integer.parseInt(param[2])).get(Integer.parseInt(param[3]))
                            .asDouble();
            String shown = field.getDomProperty("value");
            // the Inspector rounds to 4 significant digits: the JSON's value rounds to what it shows
            int decimals = shown.contains(".") ? shown.length() - shown.indexOf('.') - 1 : 0;
            double halfLastDigit = 0.5 * Math.pow(10, -decimals);
            assertEquals(Double.parseDouble(shown), exported, halfLastDigit * 1.001, field.getDomAttribute("data-param")
                    + ": the Inspector shows " + shown + ", the JSON has " + exported);
        }
    }

    private static SavedFiles.Saved export(PlaygroundUser page, SavedFiles saved, String kind) {
        new Select(page.centre(page.browser().byId("pg-export"))).selectByValue(kind);
        List<SavedFiles.Saved> files = saved.take(1);
        return files.get(0);
    }
}
