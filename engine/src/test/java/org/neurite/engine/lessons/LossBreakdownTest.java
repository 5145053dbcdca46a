package org.neurite.engine.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Lesson 4's tables, worked by hand. */
class LossBreakdownTest {
    /** The flight-delay example: predicted probabilities of a delay and what happened. */
    private static final double[] PREDICTED = {0.05, 0.02, 0.96, 0.35};
    private static final double[] ACTUAL = {1, 0, 1, 1};

    @Test
    void binaryCrossEntropyOfTheFlightDelayExample() {
        LossBreakdown bce = LossBreakdown.binaryCrossEntropy(PREDICTED, ACTUAL);
        // -log 0.05, -log 0.98, -log 0.96, -log 0.35
        assertEquals(2.995732, bce.term(0), 1e-6);
        assertEquals(0.020203, bce.term(1), 1e-6);
        assertEquals(0.040822, bce.term(2), 1e-6);
        assertEquals(1.049822, bce.term(3), 1e-6);
        assertEquals((2.995732 + 0.020203 + 0.040822 + 1.049822) / 4, bce.total(), 1e-6);
    }

    @Test
    void meanSquaredErrorInBothForms() {
        double[] predicted = {2, 4, 7};
        double[] actual = {1, 4, 5};
        LossBreakdown mean = LossBreakdown.meanSquared(predicted, actual);
        LossBreakdown half = LossBreakdown.halfMeanSquared(predicted, actual);
        assertEquals(1, mean.term(0), 0.0);
        assertEquals(0, mean.term(1), 0.0);
        assertEquals(4, mean.term(2), 0.0);
        assertEquals(5.0 / 3, mean.total(), 1e-12);
        assertEquals(5.0 / 6, half.total(), 1e-12);
        assertEquals(4, half.term(2), 0.0);
    }

    @Test
    void aCertainWrongAnswerCostsInfinitely() {
        LossBreakdown bce = LossBreakdown.binaryCrossEntropy(new double[] {0}, new double[] {1});
        assertEquals(Double.POSITIVE_INFINITY, bce.total());
    }

    @Test
    void badInputSaysWhichValueAndWhy() {
        IllegalArgumentException p = assertThrows(IllegalArgumentException.class,
                () -> LossBreakdown.binaryCrossEntropy(new double[] {0.5, 1.2}, new double[] {1, 0}));
        assertTrue(p.getMessage().contains("prediction 2 is 1.2"), p.getMessage());
        IllegalArgumentException t = assertThrows(IllegalArgumentException.class,
                () -> LossBreakdown.binaryCrossEntropy(new double[] {0.5}, new double[] {0.5}));
        assertTrue(t.getMessage().contains("labels 0 or 1"), t.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> LossBreakdown.meanSquared(new double[] {1, 2}, new double[] {1}));
    }
}
