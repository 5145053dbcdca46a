package org.neurite.server.jobs;

/**
 * How much training this server accepts: whether it trains at all, how many jobs run at once and wait, and
 * the largest run one job may ask for. Set from the command line ({@code --max-jobs} and friends).
 *
 * @param enabled   false with {@code --no-server-training}: job requests are refused with a hint
 * @param maxJobs   jobs training at the same time (one thread each)
 * @param maxQueue  jobs waiting for a free thread; one more is answered 429
 * @param maxEpochs most epochs one job may train
 * @param maxParams most parameters (weights and biases) a job's model, or an uploaded model, may have
 */
public record TrainingLimits(boolean enabled, int maxJobs, int maxQueue, int maxEpochs, long maxParams) {

    public static final int DEFAULT_MAX_QUEUE = 8;
    public static final int DEFAULT_MAX_EPOCHS = 50;
    public static final long DEFAULT_MAX_PARAMS = 5_000_000L;
    /** Largest body of a job request: room for a CSV dataset of a few megabytes. */
    public static final int MAX_JOB_REQUEST_BYTES = 8 * 1024 * 1024;
    /** Room for a model file's header, spec text and per-tensor counts besides its 4-byte weights. */
    private static final long MODEL_FILE_OVERHEAD = 64 * 1024;

    public TrainingLimits {
        if (maxJobs < 1 || maxQueue < 0 || maxEpochs < 1 || maxParams < 1) {
            throw new IllegalArgumentException("training limits must be positive: " + maxJobs + " jobs, " + maxQueue
                    + " queued, " + maxEpochs + " epochs, " + maxParams + " parameters");
        }
    }

    /** Training on, one worker per core but one (the other serves requests), 8 waiting, 50 epochs, 5M parameters. */
    public static TrainingLimits defaults() {
        return new TrainingLimits(true, defaultMaxJobs(), DEFAULT_MAX_QUEUE, DEFAULT_MAX_EPOCHS, DEFAULT_MAX_PARAMS);
    }

    public static int defaultMaxJobs() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    public TrainingLimits withEnabled(boolean value) {
        return new TrainingLimits(value, maxJobs, maxQueue, maxEpochs, maxParams);
    }

    /** Most threads one job may train on: the machine's cores (at least 2, so a sharded job runs anywhere). */
    public static int maxThreadsPerJob() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    /** The largest model file a model of {@link #maxParams} parameters makes: the upload limit of the model store. */
    public long maxModelBytes() {
        return 4 * maxParams + MODEL_FILE_OVERHEAD;
    }

    /** The request-size limit of the whole server: the larger of a job request and a model upload. */
    public long maxRequestBytes() {
        return Math.max(MAX_JOB_REQUEST_BYTES, maxModelBytes());
    }
}
