package org.neurite.web.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TrainingWorkersTest {
    @Test
    void theDefaultIsTheCoresLessOneFromOneToEight() {
        assertEquals(1, TrainingWorkers.defaultCount(1, false, false, true));
        assertEquals(1, TrainingWorkers.defaultCount(2, false, false, true), "this 2-core machine: one worker");
        assertEquals(3, TrainingWorkers.defaultCount(4, false, false, true));
        assertEquals(7, TrainingWorkers.defaultCount(8, false, false, true));
        assertEquals(8, TrainingWorkers.defaultCount(32, false, false, true));
        assertEquals(1, TrainingWorkers.defaultCount(0, false, false, true), "a browser that does not say");
    }

    @Test
    void aModelNotWorthSplittingTrainsOnOneWorkerUnlessAsked() {
        assertEquals(1, TrainingWorkers.defaultCount(16, false, false, false));
        assertEquals(1, TrainingWorkers.count(0, 16, false, false, false));
        assertEquals(4, TrainingWorkers.count(4, 16, false, false, false), "the person's choice stands");
    }

    @Test
    void anEmbedThatIsNotCrossOriginIsolatedTrainsOnOneWorkerWhateverItAsks() {
        assertEquals(1, TrainingWorkers.defaultCount(16, true, false, true));
        assertEquals(1, TrainingWorkers.count(4, 16, true, false, true));
        assertEquals(8, TrainingWorkers.defaultCount(16, true, true, true));
        assertEquals(4, TrainingWorkers.count(4, 16, true, true, true));
    }

    @Test
    void aChosenCountIsTakenUpToEight() {
        assertEquals(2, TrainingWorkers.count(2, 2, false, false, true), "two workers on two cores when asked");
        assertEquals(7, TrainingWorkers.count(0, 8, false, false, true), "0: the default");
        assertEquals(8, TrainingWorkers.count(12, 2, false, false, true));
    }
}
