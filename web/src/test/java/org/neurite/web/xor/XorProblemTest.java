package org.neurite.web.xor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.neurite.engine.train.RunState;
import org.neurite.engine.train.Evaluation;
import org.neurite.engine.train.TrainingRun;
import org.junit.jupiter.api.Test;

/** The recipe the landing page and the self-check train, checked on the JVM. */
class XorProblemTest {
    private static final int SEEDS = 200;

    @Test
    void theFirstSeedLearnsXor() {
        TrainingRun run = finishedRun(XorProblem.FIRST_SEED);
        assertEquals(RunState.DONE, run.state());
        assertTrue(XorProblem.isSolved(run.model()), "final loss " + XorProblem.loss(run.model()));
        assertEquals(1f, Evaluation.of(run.model(), XorProblem.dataset(), XorProblem.SAMPLES).accuracy());
    }

    /** "Solved" must mean what the page promises: every prediction within 0.2 of its target. */
    @Test
    void solvedMeansEveryPredictionIsWithinTwoTenthsOfItsTarget() {
        int solved = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            TrainingRun run = finishedRun(seed);
            boolean close = everyPredictionWithin(run, 0.2f);
            if (XorProblem.isSolved(run.model())) {
                solved++;
                assertTrue(close, "seed " + seed + " counts as solved but a prediction is off by more than 0.2");
            }
        }
        assertTrue(solved >= SEEDS * 95 / 100, "only " + solved + " of " + SEEDS + " seeds learned XOR");
    }

    @Test
    void aSeedStuckInTheLocalMinimumIsNotSolved() {
        int stuck = firstUnsolvedSeed();
        assertFalse(everyPredictionWithin(finishedRun(stuck), 0.2f), "seed " + stuck);
    }

    private static int firstUnsolvedSeed() {
        for (int seed = 1; seed <= SEEDS; seed++) {
            if (!XorProblem.isSolved(finishedRun(seed).model())) {
                return seed;
            }
        }
        throw new AssertionError("every one of " + SEEDS + " seeds solved XOR; pick a case that gets stuck");
    }

    private static TrainingRun finishedRun(int seed) {
        TrainingRun run = XorProblem.newRun(seed);
        while (run.step()) {
            // train to the end
        }
        return run;
    }

    private static boolean everyPredictionWithin(TrainingRun run, float margin) {
        float[] p = run.model().predict(XorProblem.inputs(), XorProblem.SAMPLES);
        for (int i = 0; i < XorProblem.SAMPLES; i++) {
            if (Math.abs(p[i] - XorProblem.label(i)) > margin) {
                return false;
            }
        }
        return true;
    }
}
