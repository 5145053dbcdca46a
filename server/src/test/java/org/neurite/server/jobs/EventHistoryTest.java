package org.neurite.server.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.engine.train.TrainingEvent;

/** A job's numbered events: lookup after an id, and the thinning of a long job's batch events when it ends. */
class EventHistoryTest {

    private static TrainingEvent event(TrainingEvent.Type type, int epoch, int batch) {
        return new TrainingEvent(type, epoch, batch, batch * 10, 0.5f, Float.NaN, Float.NaN, Float.NaN, Float.NaN,
                0.1f, null);
    }

    @Test
    void eventsAfterAnIdAreTheOnesWithHigherIds() {
        EventHistory history = new EventHistory();
        for (int i = 1; i <= 5; i++) {
            assertEquals(i, history.add(event(TrainingEvent.Type.BATCH, 1, i)).id());
        }
        assertEquals(5, history.after(0).size());
        assertEquals(List.of(4L, 5L), history.after(3).stream().map(JobEvent::id).toList());
        assertEquals(List.of(), history.after(5));
        assertEquals(List.of(), history.after(99));
        assertFalse(history.hasEnded());
    }

    @Test
    void aLongJobKeepsEveryEpochAndItsEndButThinsItsBatchEventsWhenItEnds() {
        EventHistory history = new EventHistory();
        int perEpoch = 2_500;
        for (int epoch = 1; epoch <= 4; epoch++) {
            for (int batch = 1; batch <= perEpoch; batch++) {
                history.add(event(TrainingEvent.Type.BATCH, epoch, batch));
            }
            history.add(event(TrainingEvent.Type.EPOCH, epoch, perEpoch));
        }
        assertEquals(4 * (perEpoch + 1), history.after(0).size(), "a running job keeps everything");
        JobEvent done = history.add(event(TrainingEvent.Type.DONE, 4, perEpoch));

        List<JobEvent> kept = history.after(0);
        long batches = kept.stream().filter(e -> e.event().type() == TrainingEvent.Type.BATCH).count();
        assertEquals(EventHistory.KEPT_BATCH_EVENTS, batches);
        assertEquals(4, kept.stream().filter(e -> e.event().type() == TrainingEvent.Type.EPOCH).count());
        assertEquals(done, kept.get(kept.size() - 1));
        assertEquals(1, kept.get(0).id(), "the first batch event stays");
        for (int i = 1; i < kept.size(); i++) {
            assertTrue(kept.get(i).id() > kept.get(i - 1).id(), "ids still count up");
        }
        long middle = kept.get(kept.size() / 2).id();
        assertEquals(kept.subList(kept.size() / 2 + 1, kept.size()), history.after(middle), "resuming still works");
        assertTrue(history.hasEnded());
    }
}
