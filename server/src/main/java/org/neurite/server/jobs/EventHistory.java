package org.neurite.server.jobs;

import java.util.ArrayList;
import java.util.List;
import org.neurite.engine.train.TrainingEvent;

/**
 * The numbered events of one job, for clients that connect late or resume. Not thread-safe: {@link Job}
 * guards it. While a job runs it keeps everything; when the job ends its batch events are thinned to at most
 * {@link #KEPT_BATCH_EVENTS} evenly spaced ones (every epoch event and the last event stay), so a long job that
 * is kept for a while costs little memory. Ids are never reused, so a thinned history only has gaps.
 */
final class EventHistory {
    /** Batch events an ended job keeps: plenty for a loss curve. */
    static final int KEPT_BATCH_EVENTS = 2_000;

    private List<JobEvent> events = new ArrayList<>();
    private long lastId;

    JobEvent add(TrainingEvent event) {
        JobEvent numbered = JobEvent.of(++lastId, event);
        events.add(numbered);
        if (numbered.isFinal()) {
            thin();
        }
        return numbered;
    }

    /** Whether the last event is out (done, stopped, diverged, error). */
    boolean hasEnded() {
        return !events.isEmpty() && last().isFinal();
    }

    JobEvent last() {
        return events.isEmpty() ? null : events.get(events.size() - 1);
    }

    /** The events with an id above {@code afterId}, oldest first. */
    List<JobEvent> after(long afterId) {
        int low = 0;
        int high = events.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (events.get(middle).id() <= afterId) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return new ArrayList<>(events.subList(low, events.size()));
    }

    private void thin() {
        long batches = events.stream().filter(e -> e.event().type() == TrainingEvent.Type.BATCH).count();
        if (batches <= KEPT_BATCH_EVENTS) {
            return;
        }
        double stride = (double) batches / KEPT_BATCH_EVENTS;
        List<JobEvent> kept = new ArrayList<>(KEPT_BATCH_EVENTS + events.size() - (int) batches);
        int batch = 0;
        double next = 0;
        for (JobEvent e : events) {
            if (e.event().type() != TrainingEvent.Type.BATCH) {
                kept.add(e);
            } else if (batch++ >= next) {
                kept.add(e);
                next += stride;
            }
        }
        events = kept;
    }
}
