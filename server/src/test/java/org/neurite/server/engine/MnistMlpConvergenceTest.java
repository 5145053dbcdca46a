package org.neurite.server.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.data.IdxReader;
import org.neurite.engine.model.ModelFile;
import org.neurite.engine.nn.Model;
import org.neurite.engine.train.Evaluation;
import org.neurite.engine.train.Recipe;
import org.neurite.engine.train.RunState;
import org.neurite.engine.train.TrainingEvent;
import org.neurite.engine.train.TrainingRun;
import org.neurite.server.mnist.MnistFiles;

/** The engine's MLP on the real MNIST files, provisioned through the server's own code path. */
class MnistMlpConvergenceTest {
    private static final String RECIPE = "optimizer=adam&lr=0.001&batch=32&epochs=4&seed=1"
            + "&spec=input 784 | dense 128 relu | dense 10 linear | loss softmaxCrossEntropy";

    @Test
    void mlpReaches97PercentOnTheRealTestSet() {
        MnistFiles files = MnistFiles.provisionAndLoad(System.out);
        Dataset train = IdxReader.mnist("mnist train", files.trainImages(), files.trainLabels());
        Dataset test = IdxReader.mnist("mnist test", files.testImages(), files.testLabels());
        assertEquals(60_000, train.size());
        assertEquals(10_000, test.size());

        TrainingRun run = Recipe.parse(RECIPE).newRun(train, test);
        run.addListener(e -> {
            if (e.type() == TrainingEvent.Type.EPOCH) {
                System.out.println("MNIST MLP " + e.toJson());
            }
        });
        while (run.step()) {
            // train all four epochs
        }
        assertEquals(RunState.DONE, run.state());
        float accuracy = run.lastTest().accuracy();
        assertTrue(accuracy >= 0.97f, "MNIST MLP test accuracy " + accuracy);

        // the saved model file reproduces the accuracy exactly
        Model reloaded = ModelFile.read(ModelFile.write(run.model()));
        assertEquals(accuracy, Evaluation.of(reloaded, test, 500).accuracy());
    }
}
