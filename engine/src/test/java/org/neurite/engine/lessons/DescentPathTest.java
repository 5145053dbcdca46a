package org.neurite.engine.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.optim.Optimizer;
import org.neurite.engine.optim.Sgd;

/** Lesson 5: the engine's optimizers walking on the lesson's curve and surfaces. */
class DescentPathTest {

    private static DescentPath onParabola(double learningRate, double decay) {
        Parabola parabola = new Parabola();
        return new DescentPath(parabola, new Sgd((float) learningRate), parabola.start(), decay);
    }

    @Test
    void eachSgdStepIsWMinusEtaTimesTheGradient() {
        DescentPath path = onParabola(0.1, 0);
        path.step();
        // w = -3, dJ/dw = 2(-3 - 2) = -10, so w = -3 - 0.1 * -10 = -2.
        assertEquals(-2, path.point(1, 0), 1e-6);
        assertEquals(17, path.value(1), 1e-5);
        path.step();
        // distance to 2 shrinks by (1 - 2 * 0.1) = 0.8 per step: 5, 4, 3.2.
        assertEquals(2 - 3.2, path.point(2, 0), 1e-5);
        assertEquals(3, path.length());
    }

    @Test
    void halfLandsInOneStepOneBouncesForeverAboveOneDiverges() {
        DescentPath half = onParabola(0.5, 0);
        half.step();
        assertEquals(2, half.point(1, 0), 1e-6);

        DescentPath one = onParabola(1.0, 0);
        for (int i = 0; i < 10; i++) {
            one.step();
        }
        assertEquals(-3, one.point(10, 0), 1e-4);
        assertEquals(7, one.point(9, 0), 1e-4);

        DescentPath tooLarge = onParabola(1.5, 0);
        int steps = 0;
        while (tooLarge.step()) {
            steps++;
        }
        assertTrue(tooLarge.diverged());
        assertTrue(steps > 5 && steps < 100, "diverged after " + steps + " steps");
        assertFalse(tooLarge.step(), "a diverged path stays put");
    }

    @Test
    void theExerciseLearningRatesConvergeOrNotWithinFiftySteps() {
        assertTrue(stepsToConverge(onParabola(0.1, 0)) <= 50);
        assertTrue(stepsToConverge(onParabola(0.9, 0)) <= 50);
        assertEquals(-1, stepsToConverge(onParabola(0.05, 0)), "too small: still creeping");
        assertEquals(-1, stepsToConverge(onParabola(1.0, 0)), "bouncing between -3 and 7");
    }

    private static int stepsToConverge(DescentPath path) {
        for (int i = 1; i <= 50; i++) {
            path.step();
            if (path.distanceToMinimum() < 0.01) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void decayShrinksTheLearningRateStepByStep() {
        DescentPath path = onParabola(0.9, 0.5);
        assertEquals(0.9, path.nextLearningRate(), 1e-6);
        path.step();
        assertEquals(0.9 / 1.5, path.nextLearningRate(), 1e-6);
        path.step();
        assertEquals(0.9 / 2, path.nextLearningRate(), 1e-6);
        assertEquals(0.9 / 1.5, path.optimizer().learningRate(), 1e-6, "the optimizer used the second step's rate");
    }

    @Test
    void everyOptimizerGetsCloseOnBothSurfacesWithItsSuggestedRate() {
        for (String surface : new String[] {Valley.ID, Rosenbrock.ID}) {
            Objective objective = Objective.byId(surface);
            for (String id : new String[] {"momentum", "adam"}) {
                DescentPath path = new DescentPath(objective,
                        Optimizer.byId(id, (float) objective.suggestedLearningRate(id)), objective.start(), 0);
                for (int i = 0; i < 300; i++) {
                    path.step();
                }
                assertTrue(path.distanceToMinimum() < 0.01, surface + " " + id + ": " + path.distanceToMinimum());
            }
            for (String id : new String[] {"sgd", "rmsprop"}) {
                DescentPath path = new DescentPath(objective,
                        Optimizer.byId(id, (float) objective.suggestedLearningRate(id)), objective.start(), 0);
                for (int i = 0; i < 300; i++) {
                    path.step();
                }
                assertFalse(path.diverged(), surface + " " + id);
                assertTrue(path.distanceToMinimum() < 1, surface + " " + id + ": " + path.distanceToMinimum());
            }
        }
    }
}
