package org.neurite.engine.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.neurite.engine.nn.Activation;

/** Lesson 3's curves: the engine's activations and derivatives, sampled. */
class ActivationCurveTest {

    @Test
    void knownValuesAtZeroAndBeyond() {
        assertEquals(0.5, ActivationCurve.value(Activation.SIGMOID, 0), 1e-7);
        assertEquals(0.25, ActivationCurve.derivative(Activation.SIGMOID, 0), 1e-7);
        assertEquals(1.0, ActivationCurve.derivative(Activation.TANH, 0), 1e-7);
        assertEquals(0.0, ActivationCurve.value(Activation.RELU, -2), 0.0);
        assertEquals(0.0, ActivationCurve.derivative(Activation.RELU, -2), 0.0);
        assertEquals(1.0, ActivationCurve.derivative(Activation.RELU, 2), 0.0);
        assertEquals(-0.02, ActivationCurve.value(Activation.LEAKY_RELU, -2), 1e-7);
        assertEquals(0.01, ActivationCurve.derivative(Activation.LEAKY_RELU, -2), 1e-7);
    }

    @Test
    void derivativesMatchTheSlopeOfTheSampledValues() {
        for (Activation f : new Activation[] {Activation.SIGMOID, Activation.TANH}) {
            ActivationCurve curve = ActivationCurve.sample(f, -4, 4, 801);
            double[] x = curve.xs();
            double[] y = curve.values();
            double[] dy = curve.derivatives();
            assertEquals(-4, x[0], 0.0);
            assertEquals(4, x[800], 1e-12);
            for (int i = 1; i < 800; i += 37) {
                double slope = (y[i + 1] - y[i - 1]) / (x[i + 1] - x[i - 1]);
                assertEquals(slope, dy[i], 1e-3, f + " at x = " + x[i]);
            }
        }
    }

    @Test
    void aDegenerateGridIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ActivationCurve.sample(Activation.TANH, 1, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> ActivationCurve.sample(Activation.TANH, -1, 1, 1));
    }
}
