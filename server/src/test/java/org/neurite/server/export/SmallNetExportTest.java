package org.neurite.server.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.random.Rng;
import org.neurite.engine.train.Recipe;

/**
 * Layers the presets do not use, on seeded weights and random inputs: a Playground net (inline weights, sigmoid
 * head, every activation, the step included), and an even kernel whose 'same' padding is uneven, with a stride and a dense layer
 * straight after pooling (its implicit flatten).
 */
class SmallNetExportTest {
    @BeforeAll
    static void needsPython() {
        Python.require("numpy", "torch", "onnx");
    }

    private static float[] uniform(int n, float scale, int seed) {
        Rng rng = new Rng(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.uniform(-scale, scale);
        }
        return x;
    }

    @Test
    void playgroundNetWithInlineWeights(@TempDir Path dir) {
        Model model = Model.create(ModelSpec.parse("input 3 | dense 5 tanh | dense 4 leakyRelu | dense 3 step | dense 3 sigmoid"
                + " | dense 4 relu | dense 1 linear | loss binaryCrossEntropy"), new Rng(7));
        checkAll(dir, model, "playground", uniform(3 * 40, 6f, 1), 40);
    }

    @Test
    void unevenSamePaddingStrideAndImplicitFlatten(@TempDir Path dir) {
        Model model = Model.create(ModelSpec.parse("input 2x9x9 | conv 3 4 relu stride=2 | conv 4 2 tanh"
                + " | maxpool 2 | dense 3 linear | loss mse"), new Rng(5));
        checkAll(dir, model, "odd-shapes", uniform(2 * 81 * 12, 1f, 2), 12);
    }

    private static void checkAll(Path dir, Model model, String name, float[] inputs, int count) {
        ExportAgreement agreement = new ExportAgreement(dir, model, Recipe.of(model.spec()), name, inputs, count);
        assertTrue(agreement.numpyDifference() <= ExportAgreement.TOLERANCE, "numpy export against the engine");
        assertTrue(agreement.torchDifference() <= ExportAgreement.TOLERANCE, "torch export against the engine");
        agreement.checkOnnxWithTheOnnxPackage();
        assertTrue(agreement.onnxDifference() <= ExportAgreement.TOLERANCE, "onnx export against the engine");
    }
}
