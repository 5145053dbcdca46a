package org.neurite.engine.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.nn.Activation;

/** Lesson 1: two linear layers are one linear layer; a ReLU between them breaks that. */
class LinearStackTest {

    @Test
    void collapsedMatrixWorkedByHand() {
        LinearStack stack = LinearStack.create(1, Activation.LINEAR);
        System.arraycopy(new float[] {1, 2, 3, 4, 5, 6}, 0, stack.first().weights().value(), 0, 6);
        System.arraycopy(new float[] {1, -1}, 0, stack.first().bias().value(), 0, 2);
        System.arraycopy(new float[] {0.5f, -1}, 0, stack.second().weights().value(), 0, 2);
        stack.second().bias().value()[0] = 0.25f;

        // W = W1 W2: each row of W1 dotted with (0.5, -1).
        double[] w = stack.collapsedWeights();
        assertEquals(-1.5, w[0], 1e-12);
        assertEquals(-2.5, w[1], 1e-12);
        assertEquals(-3.5, w[2], 1e-12);
        // b = b1 W2 + b2 = 1 * 0.5 + (-1)(-1) + 0.25.
        assertEquals(1.75, stack.collapsedBias()[0], 1e-12);
        // x = (1, 1, 1): -1.5 - 2.5 - 3.5 + 1.75.
        assertEquals(-5.75, stack.collapsedOutput(new double[] {1, 1, 1}), 1e-12);
        assertEquals(-5.75, stack.stackOutput(new double[] {1, 1, 1}), 1e-5);
    }

    @Test
    void withoutAnActivationTheStackAndItsCollapseAgreeEverywhere() {
        for (int seed = 1; seed <= 5; seed++) {
            LinearStack stack = LinearStack.create(seed, Activation.LINEAR);
            for (double[] x : new double[][] {{0, 0, 0}, {1, -2, 3}, {-4, 0.5, 2}, {10, 10, -10}}) {
                assertEquals(stack.collapsedOutput(x), stack.stackOutput(x), 1e-4, "seed " + seed);
            }
        }
    }

    @Test
    void aReluBetweenTheLayersMakesThemDisagreeSomewhere() {
        LinearStack linear = LinearStack.create(1, Activation.LINEAR);
        LinearStack relu = LinearStack.create(1, Activation.RELU);
        assertEquals(linear.first().weights().value()[0], relu.first().weights().value()[0],
                "the same seed gives the same weights whatever the activation");
        boolean differs = false;
        for (double[] x : new double[][] {{1, 1, 1}, {-1, -1, -1}, {3, -2, 1}, {-3, 2, -1}}) {
            differs |= Math.abs(relu.stackOutput(x) - relu.collapsedOutput(x)) > 1e-3;
        }
        assertTrue(differs, "some input should make a hidden unit negative, which the ReLU cuts off");
    }

    @Test
    void weightsAreNonZeroTenths() {
        LinearStack stack = LinearStack.create(7, Activation.LINEAR);
        for (float v : stack.first().weights().value()) {
            assertNotEquals(0f, v);
            assertTrue(Math.abs(v) <= 1f, "weight " + v);
            assertEquals(Math.round(v * 10) / 10f, v, 1e-6f, "weight " + v + " should be a tenth");
        }
    }
}
