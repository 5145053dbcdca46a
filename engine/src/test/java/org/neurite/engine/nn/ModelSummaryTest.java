package org.neurite.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.engine.random.Rng;
import org.neurite.engine.train.NamedRecipe;

class ModelSummaryTest {
    @Test
    void theCnnPresetLayerByLayer() {
        // worked by hand: conv 1*5*5*16 + 16 = 416; conv 16*5*5*32 + 32 = 12832; dense 1568*128 + 128 = 200832;
        // dense 128*10 + 10 = 1290
        ModelSummary summary = ModelSummary.of(NamedRecipe.CNN.recipe().spec());
        List<ModelSummary.Row> rows = summary.rows();
        String[] shapes = {"16x28x28", "16x14x14", "32x14x14", "32x7x7", "1568", "128", "128", "10"};
        long[] params = {416, 0, 12832, 0, 0, 200832, 0, 1290};
        assertEquals(shapes.length, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(shapes[i], rows.get(i).outputShapeText(), "row " + i);
            assertEquals(params[i], rows.get(i).parameters(), "row " + i);
        }
        assertEquals("conv 16 5 relu", rows.get(0).layer());
        assertEquals("maxpool", rows.get(1).kind());
        assertEquals(215_370, summary.parameterCount());
        assertTrue(summary.fits());
        assertNull(summary.sizeProblem());
    }

    @Test
    void agreesWithTheBuiltModelForEveryPreset() {
        for (NamedRecipe preset : NamedRecipe.values()) {
            Model model = Model.create(preset.recipe().spec(), new Rng(1));
            ModelSummary summary = ModelSummary.of(preset.recipe().spec());
            assertEquals(model.parameterCount(), summary.parameterCount(), preset.id());
            for (int i = 0; i < model.layerCount(); i++) {
                assertEquals(Shapes.text(model.layer(i).outputShape()), summary.rows().get(i).outputShapeText(),
                        preset.id() + " layer " + i);
            }
        }
    }

    @Test
    void aHugeModelIsRefusedWithItsSizeBeforeAnyMemoryIsSpent() {
        ModelSummary summary = ModelSummary.of(ModelSpec.parse("input 1x28x28 | conv 512 3 relu | flatten "
                + "| dense 4096 relu | dense 10 linear | loss softmaxCrossEntropy"));
        long expected = (9 + 1) * 512L + (512L * 28 * 28 + 1) * 4096 + 4097L * 10;
        assertEquals(expected, summary.parameterCount());
        assertFalse(summary.fits());
        assertTrue(summary.sizeProblem().contains(expected + " parameters"), summary.sizeProblem());
    }
}
