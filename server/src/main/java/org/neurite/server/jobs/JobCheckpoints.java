package org.neurite.server.jobs;

import org.neurite.engine.train.TrainingEvent;
import org.neurite.server.models.ModelStore;
import org.neurite.server.models.StoreWriteException;

/**
 * Keeps each job's latest model in the model store, so that it outlives the server: one stored model per job,
 * named after the job, replaced at the end of an epoch at most every {@link #INTERVAL_NANOS} (epochs of a small
 * dataset take milliseconds, and every save is fsynced), and always after the first epoch, the last one and a
 * stop. The store writes it durably; a failed write (disk full, cap reached) is the job's end, not a silent loss.
 */
public final class JobCheckpoints {
    static final long INTERVAL_NANOS = 2_000_000_000L;

    private final ModelStore store;

    public JobCheckpoints(ModelStore store) {
        this.store = store;
    }

    /** Stores {@code modelFile} in place of the job's previous checkpoint; runs on the job's thread. */
    void save(Job job, byte[] modelFile, TrainingEvent event) throws StoreWriteException {
        String previous = job.checkpointId();
        boolean last = event.type() == TrainingEvent.Type.STOPPED || event.epoch() >= job.epochs();
        long now = System.nanoTime();
        if (!last && previous != null && now - job.checkpointNanos() < INTERVAL_NANOS) {
            return;
        }
        float accuracy = event.testAccuracy();
        Double testAccuracy = Float.isFinite(accuracy) && accuracy >= 0 && accuracy <= 1 ? (double) accuracy : null;
        job.checkpointed(store.replace(previous, modelFile, name(job, event), testAccuracy).id(), now);
    }

    private static String name(Job job, TrainingEvent event) {
        String what = event.type() == TrainingEvent.Type.STOPPED ? "stopped in epoch " + Math.max(1, event.epoch())
                : "epoch " + event.epoch();
        return (job.name() == null ? "server job" : job.name()) + " (job " + job.id() + ", " + what
                + " of " + job.epochs() + ")";
    }
}
