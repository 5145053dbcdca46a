package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neurite.engine.export.Exports;
import org.neurite.engine.model.ModelFile;
import org.neurite.engine.nn.Layer;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.nn.Param;
import org.neurite.engine.random.Rng;
import org.openqa.selenium.support.ui.Select;

/**
 * The Studio's Export menu, read as the files it saves, for a small CNN loaded from a model file: the Python
 * files name its layers, the .npz and ONNX files are the engine's own bytes for it, the JSON holds its weights.
 */
class StudioExportTest {
    private static final String SPEC = "input 1x28x28 | conv 4 5 relu | maxpool 2 | flatten | dense 10 linear"
            + " | loss softmaxCrossEntropy";

    @RegisterExtension
    static final WorkerSite site = new WorkerSite();

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    private static Model model;
    private static Path file;

    @BeforeAll
    static void modelFile() throws IOException {
        model = Model.create(ModelSpec.parse(SPEC), new Rng(7));
        file = Files.createTempFile("neurite-export", ".neurite");
        Files.write(file, ModelFile.write(model));
    }

    @AfterAll
    static void removeFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @Test
    void eachFormatHoldsTheLoadedModel() throws IOException {
        StudioUser user = new StudioUser(chromium.browser());
        user.openAndWaitForData(site.url("/mnist.html"));
        user.loadModelFile(file);
        user.waitForFilesStatus("ok", "Loaded " + file.getFileName());
        SavedFiles saved = SavedFiles.watch(user.browser());

        List<SavedFiles.Saved> torch = export(user, saved, "pytorch", 2);
        String py = torch.get(0).name();
        assertTrue(py.startsWith("mnist-") && py.endsWith(".py"), py);
        String base = py.substring(0, py.length() - ".py".length());
        Exports engine = new Exports(model, null, base);
        assertEquals(base + ".npz", torch.get(1).name(), "the weights beside the script");
        assertTrue(user.waitForFilesStatus("ok", "Saved " + py).contains(base + ".npz: keep them in one folder"));
        String text = torch.get(0).text();
        assertTrue(text.startsWith("\"\"\"" + base + ": a network trained in Neurite, as a PyTorch notebook."),
                text.substring(0, 80));
        int sequential = text.indexOf("model = nn.Sequential(");
        int conv = text.indexOf("nn.Conv2d(1, 4, kernel_size=5, stride=1, padding=2),", sequential);
        int dense = text.indexOf("nn.Linear(784, 10),", conv);
        assertTrue(sequential > 0 && conv > sequential && dense > conv, "the loaded model's layers:\n"
                + text.substring(Math.max(0, sequential), Math.min(text.length(), sequential + 700)));
        assertArrayEquals(engine.bytes(Exports.Kind.NPZ), torch.get(1).bytes(), "the engine's .npz of the model");

        List<SavedFiles.Saved> numpy = export(user, saved, "numpy", 2);
        assertEquals(base + "_numpy.py", numpy.get(0).name());
        assertTrue(numpy.get(0).text().contains("Lab spec: " + model.spec().toText()), "the loaded model's spec");
        assertArrayEquals(engine.bytes(Exports.Kind.NPZ), numpy.get(1).bytes());

        SavedFiles.Saved onnx = export(user, saved, "onnx", 1).get(0);
        assertEquals(base + ".onnx", onnx.name());
        assertArrayEquals(engine.bytes(Exports.Kind.ONNX), onnx.bytes(), "the engine's ONNX bytes of the model");

        SavedFiles.Saved json = export(user, saved, "json", 1).get(0);
        assertEquals(base + "-weights.json", json.name());
        JsonNode layers = new ObjectMapper().readTree(json.bytes()).get("layers");
        Layer[] modelLayers = model.layers();
        assertEquals(modelLayers.length, layers.size());
        for (int i = 0; i < modelLayers.length; i++) {
            for (Param p : modelLayers[i].params()) {
                JsonNode exported = layers.get(i).get(p.name());
                List<Integer> shape = new ArrayList<>();
                exported.get("shape").forEach(n -> shape.add(n.asInt()));
                assertEquals(ints(p.shape()), shape, "layer " + (i + 1) + " " + p.name());
                List<Float> values = new ArrayList<>();
                flatten(exported.get("values"), values);
                assertEquals(floats(p.value()), values, "layer " + (i + 1) + " " + p.name() + ": every weight");
            }
        }
        assertEquals(List.of(), user.browser().consoleErrors(), "the page logged errors");
    }

    private static List<SavedFiles.Saved> export(StudioUser user, SavedFiles saved, String kind, int files) {
        Select menu = new Select(user.browser().byId("st-export"));
        user.script("arguments[0].scrollIntoView({block: 'center'});", user.browser().byId("st-export"));
        menu.selectByValue(kind);
        return saved.take(files);
    }

    private static void flatten(JsonNode node, List<Float> into) {
        if (node.isArray()) {
            node.forEach(child -> flatten(child, into));
        } else {
            into.add((float) node.asDouble());
        }
    }

    private static List<Integer> ints(int[] values) {
        List<Integer> list = new ArrayList<>();
        for (int v : values) {
            list.add(v);
        }
        return list;
    }

    private static List<Float> floats(float[] values) {
        List<Float> list = new ArrayList<>();
        for (float v : values) {
            list.add(v);
        }
        return list;
    }
}
