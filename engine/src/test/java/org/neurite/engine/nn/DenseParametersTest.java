package org.neurite.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.neurite.engine.random.Rng;

/** One weight or bias by name, as views and editors reach them, is the one the forward and backward passes use. */
class DenseParametersTest {
    private final Dense dense = new Dense(3, 2, Activation.LINEAR, Init.GLOROT, new Rng(7));

    @Test
    void aWeightSetByItsLinkMovesOnlyThatLinksOutput() {
        dense.setWeight(2, 1, 0.5f);
        dense.setBias(1, -0.25f);
        float[] y = dense.forward(new float[] {0, 0, 1}, 1, false);
        assertEquals(0.5f - 0.25f, y[1], 1e-6f, "input 2 reaches unit 1 only through W[2][1]");
        assertEquals(dense.weight(2, 0) + dense.bias(0), y[0], 1e-6f);
        assertEquals(0.5f, dense.weight(2, 1));
        assertEquals(-0.25f, dense.bias(1));
    }

    @Test
    void eachGradientIsThatParametersDerivative() {
        float[] x = {1f, -2f, 3f};
        dense.forward(x, 1, true);
        dense.backward(new float[] {0f, 1f}, 1, false); // the loss is unit 1's output
        for (int from = 0; from < 3; from++) {
            assertEquals(x[from], dense.weightGradient(from, 1), 1e-6f, "d y1 / d W[" + from + "][1]");
            assertEquals(0f, dense.weightGradient(from, 0), 0f, "unit 0 does not reach the loss");
        }
        assertEquals(1f, dense.biasGradient(1), 1e-6f);
        assertEquals(0f, dense.biasGradient(0), 0f);
    }

    @Test
    void aLinkOrUnitThatDoesNotExistIsNamed() {
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> dense.weight(3, 0));
        assertEquals("no weight from input 3 to unit 0 in a 3 x 2 dense layer", e.getMessage());
        assertEquals("no unit 2 in a dense layer of 2",
                assertThrows(IndexOutOfBoundsException.class, () -> dense.bias(2)).getMessage());
    }
}
