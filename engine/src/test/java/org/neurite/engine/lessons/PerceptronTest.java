package org.neurite.engine.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.nn.Activation;

/** Lesson 2's worked example: inputs (2, 3, -1, 5, 1), weights (0.1, 0.5, 2.5, 0.2, 3.0), no bias. */
class PerceptronTest {
    private static final double[] INPUTS = {2, 3, -1, 5, 1};
    private static final double[] WEIGHTS = {0.1, 0.5, 2.5, 0.2, 3.0};

    @Test
    void eachProductTheSumAndTheSigmoidOfTheCourseExample() {
        Perceptron p = Perceptron.forward(INPUTS, WEIGHTS, 0, Activation.SIGMOID);
        double[] products = {0.2, 1.5, -2.5, 1.0, 3.0};
        for (int i = 0; i < products.length; i++) {
            assertEquals(products[i], p.product(i), 1e-12, "product " + i);
        }
        assertEquals(3.2, p.sum(), 1e-12);
        // 1 / (1 + e^-3.2) = 0.960834...
        assertEquals(0.960834, p.output(), 1e-6);
    }

    @Test
    void theBiasShiftsTheSumAndTheActivationIsTheChosenOne() {
        Perceptron p = Perceptron.forward(INPUTS, WEIGHTS, -4, Activation.RELU);
        assertEquals(-0.8, p.sum(), 1e-12);
        assertEquals(0.0, p.output(), 0.0);
        Perceptron tanh = Perceptron.forward(INPUTS, WEIGHTS, 0, Activation.TANH);
        assertEquals(Math.tanh(3.2), tanh.output(), 1e-6);
    }

    @Test
    void aWeightPerInputIsRequired() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Perceptron.forward(INPUTS, new double[] {1, 2}, 0, Activation.SIGMOID));
        assertTrue(e.getMessage().contains("5 inputs but 2 weights"), e.getMessage());
    }
}
