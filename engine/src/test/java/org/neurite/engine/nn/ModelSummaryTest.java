package org.neurite.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.engine.random.Rng;
import org.neurite.engine.train.Preset;

class ModelSummaryTest {
    @Test
    void theCnnPresetLayerByLayer() {
        // worked by hand: conv 1*5*5*8 + 8 = 208; conv 8*5*5*16 + 16 = 3216; dense 784*64 + 64 = 50240; 64*10 + 10 = 650
        ModelSummary summary = ModelSummary.of(Preset.CNN.spec());
        List<ModelSummary.Row> rows = summary.rows();
        String[] shapes = {"8x28x28", "8x14x14", "16x14x14", "16x7x7", "784", "64", "10"};
        long[] params = {208, 0, 3216, 0, 0, 50240, 650};
        assertEquals(shapes.length, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(shapes[i], rows.get(i).outputShapeText(), "row " + i);
            assertEquals(params[i], rows.get(i).parameters(), "row " + i);
        }
        assertEquals("conv 8 5 relu", rows.get(0).layer());
        assertEquals("maxpool", rows.get(1).kind());
        assertEquals(54_314, summary.parameterCount());
        assertTrue(summary.fits());
        assertNull(summary.sizeProblem());
    }

    @Test
    void agreesWithTheBuiltModelForEveryPreset() {
        for (Preset preset : Preset.values()) {
            Model model = Model.create(preset.spec(), new Rng(1));
            ModelSummary summary = ModelSummary.of(preset.spec());
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
