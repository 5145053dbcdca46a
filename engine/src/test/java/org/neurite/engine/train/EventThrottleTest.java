package org.neurite.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EventThrottleTest {
    private static TrainingEvent event(TrainingEvent.Type type) {
        return new TrainingEvent(type, 1, 1, 64, 0.5f, 0.9f, Float.NaN, Float.NaN, 1000f, 0.1f, null);
    }

    @Test
    void batchEventsAreAtMostOnePerFiftyMilliseconds() {
        EventThrottle throttle = new EventThrottle();
        int sent = 0;
        // 1,000 batches a second for two seconds: 2,000 batch events
        for (int i = 0; i < 2000; i++) {
            if (throttle.admit(event(TrainingEvent.Type.BATCH), i)) {
                sent++;
            }
        }
        assertEquals(40, sent, "20 a second over two seconds");
    }

    @Test
    void theFirstBatchEventGoesAtOnce() {
        assertTrue(new EventThrottle().admit(event(TrainingEvent.Type.BATCH), 0));
    }

    @Test
    void endOfEpochAndEndOfRunEventsAlwaysGo() {
        EventThrottle throttle = new EventThrottle();
        assertTrue(throttle.admit(event(TrainingEvent.Type.BATCH), 100));
        for (TrainingEvent.Type type : new TrainingEvent.Type[] {TrainingEvent.Type.EPOCH, TrainingEvent.Type.DONE,
                TrainingEvent.Type.STOPPED, TrainingEvent.Type.DIVERGED, TrainingEvent.Type.ERROR}) {
            assertTrue(throttle.admit(event(type), 101), type.id());
        }
        assertFalse(throttle.admit(event(TrainingEvent.Type.BATCH), 102), "the batch interval is not reset by them");
    }

    @Test
    void aRequestedStepIsSentEvenInsideTheInterval() {
        EventThrottle throttle = new EventThrottle();
        assertTrue(throttle.admit(event(TrainingEvent.Type.BATCH), 0));
        assertFalse(throttle.admit(event(TrainingEvent.Type.BATCH), 10));
        throttle.sendNextBatch();
        assertTrue(throttle.admit(event(TrainingEvent.Type.BATCH), 20));
        assertFalse(throttle.admit(event(TrainingEvent.Type.BATCH), 30), "only that one batch");
        assertTrue(throttle.admit(event(TrainingEvent.Type.BATCH), 70), "50 ms after the step's event");
    }
}
