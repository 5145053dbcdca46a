package org.neurite.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActivationTest {
    @ParameterizedTest
    @EnumSource(Activation.class)
    void derivativeMatchesCentralDifference(Activation a) {
        for (float x : new float[] {-3f, -0.7f, -0.1f, 0.2f, 0.9f, 2.5f}) {
            double h = 1e-3;
            double numeric = (a.value((float) (x + h)) - a.value((float) (x - h))) / (2 * h);
            assertEquals(numeric, a.derivative(x, a.value(x)), 2e-3, a + " at " + x);
        }
    }

    @Test
    void knownValues() {
        assertEquals(0.5f, Activation.SIGMOID.value(0f));
        assertEquals(0.9608f, Activation.SIGMOID.value(3.2f), 5e-5f);
        assertEquals(0f, Activation.TANH.value(0f));
        assertEquals(0.7615942f, Activation.TANH.value(1f), 1e-6f);
        assertEquals(0f, Activation.RELU.value(-2f));
        assertEquals(-0.02f, Activation.LEAKY_RELU.value(-2f), 1e-7f);
        assertEquals(1f, Activation.SIGMOID.value(1000f));
        assertEquals(0f, Activation.SIGMOID.value(-1000f));
    }

    @Test
    void unknownNameListsAllowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Activation.byId("sigmod"));
        assertTrue(e.getMessage().contains("'sigmod'") && e.getMessage().contains("leakyRelu"), e.getMessage());
        assertEquals(Activation.LEAKY_RELU, Activation.byId("leakyRelu"));
    }
}
