package org.neurite.engine.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.data.BuiltInData;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.optim.Sgd;
import org.neurite.engine.random.Rng;

/** Lesson 6: batch, mini-batch and stochastic descent on the study-hours table. */
class DescentRunTest {
    private static final Dataset RAW = BuiltInData.studyHours();
    private static final Dataset TABLE = Standardizer.fit(RAW).apply(RAW);

    private static DescentRun run(int batchSize, double learningRate) {
        Model model = Model.create(ModelSpec.parse("input 3 | dense 1 linear | loss mse"), new Rng(3));
        return new DescentRun(model, new Sgd((float) learningRate), TABLE, batchSize, 3);
    }

    @Test
    void batchDescentUsesEveryRowEveryStep() {
        DescentRun batch = run(8, 0.1);
        batch.step();
        assertEquals(8, batch.lastRowCount());
        for (int row = 0; row < 8; row++) {
            assertTrue(batch.lastStepUsed(row), "row " + row);
        }
        assertEquals(1.0, batch.epochs(), 0.0);
    }

    @Test
    void stochasticDescentUsesEachRowOncePerEpochInAShuffledOrder() {
        DescentRun sgd = run(1, 0.05);
        boolean[] seen = new boolean[8];
        boolean inOrder = true;
        for (int step = 0; step < 8; step++) {
            sgd.step();
            assertEquals(1, sgd.lastRowCount());
            int row = sgd.lastRow(0);
            assertFalse(seen[row], "row " + row + " twice in one epoch");
            seen[row] = true;
            inOrder &= row == step;
        }
        assertFalse(inOrder, "the rows should be shuffled");
        assertEquals(1.0, sgd.epochs(), 0.0);
        assertEquals(8, sgd.steps());
    }

    @Test
    void theFullLossFallsAndATooLargeRateDiverges() {
        DescentRun good = run(4, 0.1);
        double start = good.fullLoss();
        for (int i = 0; i < 40; i++) {
            good.step();
        }
        assertTrue(good.fullLoss() < start / 10, start + " -> " + good.fullLoss());
        double[] predicted = good.predictions();
        double squares = 0;
        for (int r = 0; r < 8; r++) {
            double d = predicted[r] - TABLE.target(r, 0);
            squares += d * d;
        }
        assertEquals(squares / 8, good.fullLoss(), 1e-6, "the full loss is the MSE of the predictions");

        DescentRun wild = run(1, 1.0);
        while (wild.step()) {
            assertTrue(wild.steps() < 200, "should have diverged");
        }
        assertTrue(wild.diverged());
    }

    /** The exercise: one learning rate that brings all three runs under 0.02 within 20 epochs. */
    @Test
    void theExerciseHasAWindowOfLearningRates() {
        assertTrue(allReach(0.15));
        assertTrue(allReach(0.2));
        assertFalse(allReach(0.03), "batch descent is too slow at 0.03");
        assertFalse(allReach(0.3), "stochastic descent blows up at 0.3");
    }

    private static boolean allReach(double learningRate) {
        for (int batch : new int[] {8, 4, 1}) {
            DescentRun r = run(batch, learningRate);
            boolean reached = false;
            while (!reached && r.epochs() < 20 && r.step()) {
                reached = r.fullLoss() < 0.02;
            }
            if (!reached) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aBatchSizeOutsideTheTableIsRefused() {
        Model model = Model.create(ModelSpec.parse("input 3 | dense 1 linear | loss mse"), new Rng(3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DescentRun(model, new Sgd(0.1f), TABLE, 9, 1));
        assertTrue(e.getMessage().contains("between 1 (stochastic) and 8"), e.getMessage());
    }

    @Test
    void standardizedColumnsHaveMeanZeroAndDeviationOne() {
        for (int j = 0; j < 3; j++) {
            double sum = 0;
            double squares = 0;
            for (int r = 0; r < 8; r++) {
                sum += TABLE.feature(r, j);
                squares += TABLE.feature(r, j) * TABLE.feature(r, j);
            }
            assertEquals(0, sum / 8, 1e-6);
            assertEquals(1, squares / 8, 1e-5);
        }
        assertEquals(RAW.target(2, 0), TABLE.target(2, 0), 0.0);
    }
}
