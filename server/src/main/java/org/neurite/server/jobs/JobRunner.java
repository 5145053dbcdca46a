package org.neurite.server.jobs;

import org.neurite.engine.model.ModelFile;
import org.neurite.engine.train.RunHost;
import org.neurite.engine.train.RunState;
import org.neurite.engine.train.TrainingEvent;
import org.neurite.engine.train.TrainingRun;
import org.neurite.server.models.StoreWriteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains one job on a pool thread: the engine's {@link RunHost} in time slices, checking between slices
 * whether the job was asked to stop. Every event goes to the job; the model is saved at each epoch's end on
 * this thread (the weights do not change while it is written), in memory and in the model store. A failure
 * becomes the job's {@code error} event and state; the pool thread lives on.
 */
final class JobRunner implements Runnable {
    /** How long one slice trains before the stop flag is looked at again. */
    static final double SLICE_MS = 200;

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final Job job;

    JobRunner(Job job) {
        this.job = job;
    }

    Job job() {
        return job;
    }

    @Override
    public void run() {
        TrainingRun run = job.run();
        try {
            if (run != null && job.begin()) {
                train(run);
            }
        } catch (CheckpointFailedException e) {
            LOG.warn("Training job {} ended: its model could not be saved ({})", job.id(), e.getMessage());
            job.publish(e.event());
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            LOG.error("Training job {} failed", job.id(), e);
            job.publish(error(run, e));
        } finally {
            job.release();
        }
    }

    private void train(TrainingRun run) {
        RunHost host = new RunHost(run, RunHost.NANO_CLOCK);
        host.addListener(new RunHost.Listener() {
            @Override
            public void onEvent(TrainingEvent event) {
                if (event.type() == TrainingEvent.Type.EPOCH || event.type() == TrainingEvent.Type.STOPPED) {
                    checkpoint(run, event);
                }
                job.publish(event);
            }

            @Override
            public void onState(RunState state) {
                job.updateState(state);
            }
        });
        while (host.trainFor(SLICE_MS)) {
            if (job.stopRequested()) {
                host.stop();
            }
        }
    }

    /**
     * Keeps the model in memory and in the model store before its event goes out, so a client that sees an epoch
     * event finds that epoch's model stored. When the store refuses, the epoch event still goes out (the epoch did
     * train) and the job ends; a stop's event is replaced by the error.
     */
    private void checkpoint(TrainingRun run, TrainingEvent event) {
        byte[] bytes = ModelFile.write(run.model());
        job.keepModel(bytes);
        try {
            job.checkpoints().save(job, bytes, event);
        } catch (StoreWriteException e) {
            if (event.type() == TrainingEvent.Type.EPOCH) {
                job.publish(event);
            }
            throw new CheckpointFailedException(e, event);
        }
    }

    private static TrainingEvent error(TrainingRun run, Throwable e) {
        String what = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        String message = e instanceof OutOfMemoryError
                ? "The server ran out of memory training this job; try a smaller model or batch, or fewer jobs at once."
                : "Training failed on the server: " + what;
        int epoch = run == null ? -1 : run.epoch();
        int batch = run == null ? -1 : run.batchInEpoch();
        int seen = run == null ? -1 : run.samplesSeen();
        return new TrainingEvent(TrainingEvent.Type.ERROR, epoch, batch, seen, Float.NaN, Float.NaN, Float.NaN,
                Float.NaN, Float.NaN, Float.NaN, message);
    }
}
