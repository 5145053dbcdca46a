package org.neurite.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExponentialSmoothingTest {
    @Test
    void smoothingIsADebiasedMovingAverage() {
        ExponentialSmoothing s = new ExponentialSmoothing(0.5f);
        // s1 = 0.5 * 4 = 2, debiased 2 / 0.5 = 4; s2 = 0.5 * 2 + 0.5 * 2 = 2, debiased 2 / 0.75 = 2.667
        assertEquals(4f, s.add(4f), 1e-6f);
        assertEquals(8f / 3f, s.add(2f), 1e-6f);
        assertTrue(Float.isNaN(s.add(Float.NaN)), "a NaN is skipped");
        // s3 = 0.5 * 2 + 0.5 * 1 = 1.5, debiased 1.5 / 0.875
        assertEquals(1.5f / 0.875f, s.add(1f), 1e-6f);
        s.reset();
        assertEquals(7f, s.add(7f), 1e-6f);
        assertEquals(3f, new ExponentialSmoothing(0f).add(3f), 0f);
        assertThrows(IllegalArgumentException.class, () -> new ExponentialSmoothing(1f));
    }
}
