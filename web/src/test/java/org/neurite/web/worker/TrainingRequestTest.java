package org.neurite.web.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.optim.Regularization;
import org.neurite.engine.train.TrainingRun;
import org.neurite.web.bench.Workload;

class TrainingRequestTest {
    private static final String SPEC = "input 2 | dense 3 tanh | dense 2 linear | loss softmaxCrossEntropy";

    private static Dataset fourPoints() {
        return Dataset.classification("xor", new float[] {0, 0, 0, 1, 1, 0, 1, 1}, new int[] {2},
                new int[] {0, 1, 1, 0}, 2);
    }

    @Test
    void theRunHasTheRequestedSettings() {
        TrainingRequest request = new TrainingRequest(SPEC).withOptimizer("adam", 0.01f).withBatchSize(2)
                .withEpochs(3).withSeed(7).withL2(0.001f).withShuffle(false);
        TrainingRun run = request.newRun(fourPoints(), null);
        assertEquals("adam", run.optimizer().id());
        assertEquals(0.01f, run.optimizer().learningRate());
        assertEquals(2, run.config().batchSize());
        assertEquals(3, run.config().epochs());
        assertEquals(7, run.config().seed());
        assertEquals(Regularization.Kind.L2, run.config().regularization().kind());
        assertEquals(false, run.config().shuffle());
        assertEquals(2, run.batchesPerEpoch());
    }

    @Test
    void sameRequestSameWeights() {
        TrainingRequest request = new TrainingRequest(SPEC).withSeed(3).withBatchSize(2).withEpochs(5);
        TrainingRun a = request.newRun(fourPoints(), null);
        TrainingRun b = request.newRun(fourPoints(), null);
        while (a.step() & b.step()) {
            // both runs to the end
        }
        assertEquals(a.model().weightDigest(), b.model().weightDigest());
    }

    @Test
    void badValuesAreNamedByTheEngine() {
        IllegalArgumentException optimizer = assertThrows(IllegalArgumentException.class,
                () -> new TrainingRequest(SPEC).withOptimizer("adamw", 0.1f).newRun(fourPoints(), null));
        assertTrue(optimizer.getMessage().contains("adamw"), optimizer.getMessage());
        IllegalArgumentException l2 = assertThrows(IllegalArgumentException.class,
                () -> new TrainingRequest(SPEC).withL2(-1f).newRun(fourPoints(), null));
        assertTrue(l2.getMessage().contains("L2"), l2.getMessage());
    }

    @Test
    void theBenchmarkWorkloadsAreThePeersSettings() {
        TrainingRequest w1 = Workload.W1.request(1);
        assertEquals("sgd", w1.optimizer());
        assertEquals(0.1f, w1.learningRate());
        assertEquals(64, w1.batchSize());
        assertEquals(1, w1.epochs());
        assertEquals(false, w1.shuffle());
        assertEquals(0, w1.trainLimit());
        TrainingRequest w2 = Workload.W2.request(1);
        assertEquals(0.05f, w2.learningRate());
        assertEquals(10_000, w2.trainLimit());
        assertEquals(Workload.W2, Workload.byName(" w2 "));
    }
}
