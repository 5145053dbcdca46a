package org.neurite.engine.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.nn.Param;

/**
 * One and two steps of each optimizer from w = (1, -2) with the constant gradient g = (0.5, -1), lr 0.1,
 * against values worked by hand (the arithmetic is in the comments).
 */
class OptimizerStepTest {
    private static float[][] twoSteps(Optimizer optimizer) {
        Param p = new Param("w", new int[] {2}, true);
        p.value()[0] = 1f;
        p.value()[1] = -2f;
        float[][] after = new float[2][];
        for (int s = 0; s < 2; s++) {
            p.grad()[0] = 0.5f;
            p.grad()[1] = -1f;
            optimizer.step(new Param[] {p});
            after[s] = p.value().clone();
        }
        return after;
    }

    private static void assertSteps(Optimizer optimizer, double first0, double first1, double second0, double second1) {
        float[][] w = twoSteps(optimizer);
        assertEquals(first0, w[0][0], 1e-6, optimizer + " step 1, w0");
        assertEquals(first1, w[0][1], 1e-6, optimizer + " step 1, w1");
        assertEquals(second0, w[1][0], 1e-6, optimizer + " step 2, w0");
        assertEquals(second1, w[1][1], 1e-6, optimizer + " step 2, w1");
    }

    @Test
    void sgd() {
        // w -= 0.1 * 0.5 -> 0.95, 0.9; w -= 0.1 * -1 -> -1.9, -1.8
        assertSteps(new Sgd(0.1f), 0.95, -1.9, 0.9, -1.8);
    }

    @Test
    void momentum() {
        // v1 = -0.05 -> w 0.95; v2 = 0.9 * -0.05 - 0.05 = -0.095 -> w 0.855
        // v1 = 0.1 -> w -1.9; v2 = 0.09 + 0.1 = 0.19 -> w -1.71
        assertSteps(new Momentum(0.1f, 0.9f), 0.95, -1.9, 0.855, -1.71);
    }

    @Test
    void nesterov() {
        // step 1: v = -0.05, w += -0.9 * 0 + 1.9 * -0.05 = -0.095 -> 0.905
        // step 2: v = -0.095, w += -0.9 * -0.05 + 1.9 * -0.095 = -0.1355 -> 0.7695
        // the second weight mirrors it with twice the size: -2 + 0.19 = -1.81; -1.81 + 0.271 = -1.539
        assertSteps(new Nesterov(0.1f, 0.9f), 0.905, -1.81, 0.7695, -1.539);
    }

    @Test
    void adaGrad() {
        // step 1: cache 0.25, w -= 0.1 * 0.5 / 0.5 = 0.1 -> 0.9; step 2: cache 0.5, w -= 0.05 / sqrt(0.5) -> 0.8292893
        // second weight: cache 1, w += 0.1 -> -1.9; cache 2, w += 0.1 / sqrt(2) -> -1.8292893
        assertSteps(new AdaGrad(0.1f, 1e-7f), 0.9, -1.9, 1 - 0.1 - 0.05 / Math.sqrt(0.5),
                -2 + 0.1 + 0.1 / Math.sqrt(2));
    }

    @Test
    void rmsProp() {
        // step 1: cache 0.1 * 0.25 = 0.025, w -= 0.05 / sqrt(0.025); step 2: cache 0.0475, w -= 0.05 / sqrt(0.0475)
        double w1 = 1 - 0.05 / Math.sqrt(0.025);
        double w2 = w1 - 0.05 / Math.sqrt(0.0475);
        // second weight: caches 0.1 and 0.19, steps of 0.1 / sqrt(cache)
        double v1 = -2 + 0.1 / Math.sqrt(0.1);
        double v2 = v1 + 0.1 / Math.sqrt(0.19);
        assertSteps(new RmsProp(0.1f, 0.9f, 1e-7f), w1, v1, w2, v2);
    }

    @Test
    void adam() {
        // step 1: m 0.05, v 0.00025; m^ = 0.05 / 0.1 = 0.5, v^ = 0.00025 / 0.001 = 0.25 -> w -= 0.1 * 0.5 / 0.5 = 0.1
        // step 2: m 0.095, v 0.00049975; m^ = 0.095 / 0.19 = 0.5, v^ = 0.00049975 / 0.001999 = 0.25 -> w -= 0.1
        assertSteps(new Adam(0.1f), 0.9, -1.9, 0.8, -1.8);
    }

    @Test
    void badHyperparametersAreRefusedWithAHint() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Sgd(-0.1f));
        assertTrue(e.getMessage().contains("learning rate -0.1") && e.getMessage().contains("try"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Sgd(Float.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Adam(1e6f));
        e = assertThrows(IllegalArgumentException.class, () -> new Momentum(0.1f, 1.5f));
        assertTrue(e.getMessage().contains("momentum 1.5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RmsProp(0.1f, 0.9f, 0f));
        assertThrows(IllegalArgumentException.class, () -> Regularization.l2(-1f));
        e = assertThrows(IllegalArgumentException.class, () -> Optimizer.byId("adamw", 0.1f));
        assertTrue(e.getMessage().contains("allowed: sgd"), e.getMessage());
    }

    @Test
    void regularizationGradientsAndPenalty() {
        Param w = new Param("W", new int[] {2}, true);
        Param b = new Param("b", new int[] {1}, false);
        w.value()[0] = 2f;
        w.value()[1] = -3f;
        b.value()[0] = 5f;
        Param[] params = {w, b};
        Regularization l2 = Regularization.l2(0.1f);
        l2.addGradients(params);
        assertEquals(0.2f, w.grad()[0], 1e-7f);
        assertEquals(-0.3f, w.grad()[1], 1e-7f);
        assertEquals(0f, b.grad()[0], "biases are not regularized");
        assertEquals(0.1 * 0.5 * (4 + 9), l2.penalty(params), 1e-6);
        w.grad()[0] = 0f;
        w.grad()[1] = 0f;
        Regularization l1 = Regularization.l1(0.1f);
        l1.addGradients(params);
        assertEquals(0.1f, w.grad()[0], 1e-7f);
        assertEquals(-0.1f, w.grad()[1], 1e-7f);
        assertEquals(0.1 * 5, l1.penalty(params), 1e-6);
    }
}
