package org.neurite.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunEstimateTest {
    @Test
    void everyEpochTrainsTheSetAndScoresTheTestSetAtAThirdOfTheCost() {
        Recipe twoEpochs = NamedRecipe.QUICK_CNN.recipe().withEpochs(2);
        // 2 x (60,000 + 10,000 / 3) samples at 1,000 a second
        assertEquals(126.67f, RunEstimate.seconds(twoEpochs, 60_000, 10_000, 1000), 0.01f);
        assertEquals("2 min 7 s", EpochProgress.durationText(RunEstimate.seconds(twoEpochs, 60_000, 10_000, 1000)));
        assertEquals(12f, RunEstimate.seconds(twoEpochs.withLimit(6000), 60_000, 0, 1000), 0f, "the sample limit");
    }

    @Test
    void withoutASpeedThereIsNoEstimate() {
        Recipe r = NamedRecipe.MLP.recipe();
        assertTrue(Float.isNaN(RunEstimate.seconds(r, 60_000, 10_000, 0)));
        assertTrue(Float.isNaN(RunEstimate.seconds(r, 60_000, 10_000, Double.NaN)));
        assertEquals("", EpochProgress.durationText(Float.NaN));
    }
}
