package org.neurite.server.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.data.IdxReader;
import org.neurite.engine.train.Evaluation;
import org.neurite.engine.train.NamedRecipe;
import org.neurite.engine.train.TrainingRun;
import org.neurite.server.mnist.MnistFiles;

/**
 * The Quick CNN preset, exactly as the Studio trains it (its recipe and seed, all 60,000 digits shuffled), for
 * the first part of its first epoch: the JVM suite cannot afford its whole run (two epochs, about a minute on a
 * quiet machine and several on a busy one). The full run reaching 98.5% is a benchmark:
 * {@code bench/run --presets --only quick-cnn}.
 */
class MnistQuickCnnConvergenceTest {
    /** A quarter of an epoch of batches of 32 (15,008 digits). */
    private static final int BATCHES = 469;

    @Test
    void quickCnnPassesNinetySixPercentAfterAQuarterOfItsFirstEpoch() {
        MnistFiles files = MnistFiles.provisionAndLoad(System.out);
        Dataset train = IdxReader.mnist("mnist train", files.trainImages(), files.trainLabels());
        Dataset test = IdxReader.mnist("mnist test", files.testImages(), files.testLabels());

        TrainingRun run = NamedRecipe.QUICK_CNN.recipe().newRun(train, null);
        for (int i = 0; i < BATCHES; i++) {
            assertTrue(run.step(), "the run stopped after " + i + " batches: " + run.state());
        }
        float accuracy = Evaluation.of(run.model(), test, 500).accuracy();
        System.out.println("MNIST Quick CNN, " + BATCHES + " batches: test accuracy " + accuracy);
        assertTrue(accuracy >= 0.96f, "Quick CNN test accuracy " + accuracy + " after " + BATCHES + " batches");
    }
}
