package org.neurite.engine.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Lesson 5's curve and surfaces: gradients checked against central differences. */
class ObjectiveTest {

    @Test
    void everyGradientMatchesCentralDifferences() {
        for (String id : Objective.IDS) {
            Objective objective = Objective.byId(id);
            int n = objective.dimension();
            double[][] points = n == 1 ? new double[][] {{-3}, {0.5}, {7}}
                    : new double[][] {{-1.5, 2.5}, {0.3, -0.7}, {1.2, 1.9}, {-9, 3}};
            for (double[] w : points) {
                double[] g = new double[n];
                objective.gradient(w, g);
                for (int i = 0; i < n; i++) {
                    double h = 1e-6;
                    double[] plus = w.clone();
                    double[] minus = w.clone();
                    plus[i] += h;
                    minus[i] -= h;
                    double numeric = (objective.value(plus) - objective.value(minus)) / (2 * h);
                    assertEquals(numeric, g[i], 1e-5 * Math.max(1, Math.abs(numeric)), id + " d/dw" + (i + 1));
                }
            }
        }
    }

    @Test
    void theGradientVanishesAtTheMinimumAndTheStartIsInThePicture() {
        for (String id : Objective.IDS) {
            Objective objective = Objective.byId(id);
            double[] g = new double[objective.dimension()];
            objective.gradient(objective.minimum(), g);
            for (double component : g) {
                assertEquals(0, component, 1e-12, id);
            }
            double[] start = objective.start();
            for (int i = 0; i < start.length; i++) {
                assertTrue(start[i] > objective.lower(i) && start[i] < objective.upper(i), id + " start");
            }
        }
        assertEquals(1, new Parabola().value(new double[] {2}), 0.0);
        assertEquals(26, new Parabola().value(new double[] {-3}), 0.0);
    }

    @Test
    void gridRowZeroIsTheTopOfThePicture() {
        Valley valley = new Valley();
        double[] grid = new double[4 * 2];
        valley.sampleGrid(4, 2, grid);
        // Cell centres: w1 = -7.5, -2.5, 2.5, 7.5; w2 = 2 (top row), -2 (bottom row).
        assertEquals(0.05 * 56.25 + 4, grid[0], 1e-12);
        assertEquals(0.05 * 6.25 + 4, grid[5], 1e-12);
        assertThrows(IllegalStateException.class, () -> new Parabola().sampleGrid(2, 2, new double[4]));
    }

    @Test
    void unknownSurfaceListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Objective.byId("bowl"));
        assertTrue(e.getMessage().contains("parabola, valley, rosenbrock"), e.getMessage());
    }
}
