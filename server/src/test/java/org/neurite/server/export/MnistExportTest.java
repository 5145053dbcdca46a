package org.neurite.server.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.data.IdxReader;
import org.neurite.engine.nn.Model;
import org.neurite.engine.train.NamedRecipe;
import org.neurite.engine.train.Recipe;
import org.neurite.engine.train.TrainingRun;
import org.neurite.server.mnist.MnistFiles;

/**
 * The Studio's MLP and CNN presets, briefly trained on real digits, exported: the NumPy file (run by python3),
 * the PyTorch file (run by PyTorch) and the ONNX file (run by ONNX Runtime, checked by the onnx package) each
 * give the engine's probabilities on the first 100 MNIST test digits to 1e-5.
 */
class MnistExportTest {
    private static final int DIGITS = 100;
    private static Dataset train;
    private static float[] digits;

    @BeforeAll
    static void loadMnist() {
        Python.require("numpy", "torch", "onnx");
        MnistFiles files = MnistFiles.provisionAndLoad(System.out);
        train = IdxReader.mnist("mnist train", files.trainImages(), files.trainLabels());
        Dataset test = IdxReader.mnist("mnist test", files.testImages(), files.testLabels());
        digits = new float[DIGITS * test.featureCount()];
        test.copyFeatures(Dataset.identityOrder(DIGITS), 0, DIGITS, digits);
    }

    /** A few hundred samples of training: enough to move every weight away from its seeded start. */
    private static Model briefly(NamedRecipe named, int samples) {
        Recipe recipe = named.recipe().withEpochs(1).withLimit(samples);
        TrainingRun run = recipe.newRun(train, null);
        while (run.step()) {
            // one short epoch
        }
        return run.model();
    }

    @Test
    void mlpExportsAgreeWithTheEngine(@TempDir Path dir) {
        check(dir, NamedRecipe.MLP, briefly(NamedRecipe.MLP, 2000));
    }

    @Test
    void cnnExportsAgreeWithTheEngine(@TempDir Path dir) {
        check(dir, NamedRecipe.CNN, briefly(NamedRecipe.CNN, 640));
    }

    private static void check(Path dir, NamedRecipe named, Model model) {
        ExportAgreement agreement = new ExportAgreement(dir, model, named.recipe(), "mnist-" + named.id(), digits,
                DIGITS);
        assertTrue(agreement.exports().needsNpz(), "a preset is too large for inline weights");
        assertTrue(agreement.numpyDifference() <= ExportAgreement.TOLERANCE, "numpy export against the engine");
        assertTrue(agreement.torchDifference() <= ExportAgreement.TOLERANCE, "torch export against the engine");
        agreement.checkOnnxWithTheOnnxPackage();
        assertTrue(agreement.onnxDifference() <= ExportAgreement.TOLERANCE, "onnx export against the engine");
    }
}
