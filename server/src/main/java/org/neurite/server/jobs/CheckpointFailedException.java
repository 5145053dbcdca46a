package org.neurite.server.jobs;

import org.neurite.engine.train.TrainingEvent;
import org.neurite.server.models.StoreWriteException;

/**
 * A job's model could not be saved (disk full, store at its cap): thrown out of the training loop so that the job
 * ends there, with an {@code error} event that says why and what to do.
 */
final class CheckpointFailedException extends RuntimeException {
    private final TrainingEvent event;

    CheckpointFailedException(StoreWriteException cause, TrainingEvent at) {
        super(cause.getMessage(), cause);
        String when = at.type() == TrainingEvent.Type.STOPPED ? "was stopped" : "stopped after epoch " + at.epoch();
        String message = "The job " + when + " because its model could not be saved: " + cause.getMessage() + ". "
                + cause.hint() + " Until the server restarts, the model of the last finished epoch can still be"
                + " downloaded from this job.";
        this.event = new TrainingEvent(TrainingEvent.Type.ERROR, at.epoch(), at.batch(), at.samplesSeen(), Float.NaN,
                Float.NaN, Float.NaN, Float.NaN, Float.NaN, Float.NaN, message);
    }

    /** The job's last event. */
    TrainingEvent event() {
        return event;
    }
}
