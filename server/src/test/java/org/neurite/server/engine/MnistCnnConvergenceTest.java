package org.neurite.server.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.data.IdxReader;
import org.neurite.engine.train.Evaluation;
import org.neurite.engine.train.NamedRecipe;
import org.neurite.engine.train.RunState;
import org.neurite.engine.train.TrainingRun;
import org.neurite.server.mnist.MnistFiles;

/**
 * The short version of the CNN runs, as the JVM suite can afford it: benchmark workload W2 (two 5x5 convolutions
 * with pooling, plain SGD) for one epoch over the first 10,000 real training digits. The peers reach about 90.7%
 * on it; the full CNN preset (99%) is a benchmark, {@code bench/run --presets}.
 */
class MnistCnnConvergenceTest {
    private static final int SAMPLES = NamedRecipe.W2.recipe().limit();

    @Test
    void smallCnnLearnsMnistInOneEpochOfTenThousandDigits() {
        MnistFiles files = MnistFiles.provisionAndLoad(System.out);
        Dataset all = IdxReader.mnist("mnist train", files.trainImages(), files.trainLabels());
        Dataset test = IdxReader.mnist("mnist test", files.testImages(), files.testLabels());
        int[] first = new int[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            first[i] = i;
        }
        Dataset train = all.subset("mnist train (first " + SAMPLES + ")", first);

        TrainingRun run = NamedRecipe.W2.recipe().newRun(train, null);
        while (run.step()) {
            // one epoch, one batch per call
        }
        assertEquals(RunState.DONE, run.state());
        float accuracy = Evaluation.of(run.model(), test, 500).accuracy();
        System.out.println("MNIST small CNN (W2), 1 epoch on " + SAMPLES + " digits: test accuracy " + accuracy);
        assertTrue(accuracy >= 0.88f, "W2 test accuracy " + accuracy + " (the peers reach about 0.907)");
    }
}
