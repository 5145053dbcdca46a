package org.neurite.engine.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.nn.ModelSummary;

/** The model spec parser: a spec whose text reads back the same, or an IllegalArgumentException with a message. */
class ModelSpecFuzzTest {
    static final List<String> SEEDS = List.of(
            "input 2 | dense 4 tanh | dense 1 linear | loss binaryCrossEntropy",
            "input 1x28x28 | flatten | dense 128 relu | dropout 0.2 | dense 10 linear | loss softmaxCrossEntropy",
            "input 1x28x28 | conv 16 5 relu | maxpool 2 | conv 32 5 relu stride=2 padding=valid init=he | maxpool 2"
                    + " | flatten | dense 128 relu | dense 10 linear | loss softmaxCrossEntropy",
            "input 3 | dense 5 relu | dropout 0.1 | dense 4 tanh init=small | dense 2 linear | loss softmaxCrossEntropy",
            "input 3x8x8 | conv 4 3 leakyRelu | dense 3 sigmoid | loss mse");

    @Test
    void sizesThatOverflowAnIntAreRefusedByName() {
        String[] specs = {"input 1x281000008x28 | flatten | dense 10 linear | loss mse",
            "input 1x4096x4096 | conv 512 3 relu | flatten | dense 10 linear | loss mse",
            "input 2147483647 | dense 10 linear | loss mse"};
        for (String text : specs) {
            String message = assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse(text)).getMessage();
            assertTrue(message.contains("values per sample"), message);
        }
        String twice = assertThrows(IllegalArgumentException.class,
                () -> ModelSpec.parse("input 2 | dense 1 linear | loss mseear | loss mse")).getMessage();
        assertTrue(twice.contains("loss is given twice"), twice);
    }

    @Test
    void anySpecIsReadOrRefusedWithAMessage() {
        FuzzRun.run("spec", TextFuzz.inputs(6, SEEDS, "0123456789 x|.=-inputdenseconvmaxpoolflattenrelu", 120), text -> {
            ModelSpec spec = ModelSpec.parse(text);
            assertEquals(spec.toText(), ModelSpec.parse(spec.toText()).toText());
            ModelSummary summary = ModelSummary.of(spec);
            assertTrue(summary.parameterCount() > 0, text);
            for (ModelSummary.Row row : summary.rows()) {
                for (int d : row.outputShape()) {
                    assertTrue(d > 0, row.layer() + " puts out " + row.outputShapeText());
                }
            }
        }, 64, IllegalArgumentException.class);
    }
}
