package org.neurite.server.jobs;

import org.neurite.engine.train.TrainingEvent;

/**
 * One event of a job as streamed: its sequence number (the SSE {@code id}, from 1) and the engine's event,
 * whose {@link TrainingEvent#toJson()} is the SSE {@code data} unchanged.
 */
public record JobEvent(long id, TrainingEvent event, String json) {

    static JobEvent of(long id, TrainingEvent event) {
        return new JobEvent(id, event, event.toJson());
    }

    /** Whether this is the job's last event: done, stopped, diverged or error. */
    public boolean isFinal() {
        return event.type() != TrainingEvent.Type.BATCH && event.type() != TrainingEvent.Type.EPOCH;
    }
}
