package org.neurite.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EpochProgressTest {
    @Test
    void epochProgressAndTimeLeft() {
        // 100 batches of 32 of 60,000 at 1,600 samples/s: 3,200 done, 56,800 left = 35.5 s
        EpochProgress p = EpochProgress.of(100, 32, 60_000, 1600f);
        assertEquals(3200f / 60_000f, p.fraction(), 1e-6f);
        assertEquals(35.5f, p.secondsLeft(), 1e-4f);
        assertEquals("36 s", p.timeLeftText());
        assertEquals("3 min 8 s", EpochProgress.of(0, 32, 60_000, 320f).timeLeftText());
        EpochProgress last = EpochProgress.of(1875, 32, 60_000, 1600f);
        assertEquals(1f, last.fraction(), 0f);
        assertEquals(0f, last.secondsLeft(), 0f);
        assertTrue(Float.isNaN(EpochProgress.of(1, 32, 60_000, Float.NaN).secondsLeft()));
        assertEquals("", EpochProgress.of(1, 32, 60_000, Float.NaN).timeLeftText());
    }
}
