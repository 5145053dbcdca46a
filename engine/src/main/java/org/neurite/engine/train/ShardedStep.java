package org.neurite.engine.train;

/**
 * The step of a sharded {@link TrainingRun}, in phases so that a host that cannot block (a browser worker waiting
 * for its helpers) drives the same code as one that can: {@link #begin} takes the run's next batch and cuts it into
 * the {@link Shards}; every shard is computed ({@link #computeAll} on the host's {@link Shards.Parallel}, or
 * elsewhere and handed back with {@link Shards#accept}); {@link #finish} sums the shards' gradients into the model's
 * in shard order and hands the batch back to the run, whose optimizer steps; then the replicas take the new weights.
 */
final class ShardedStep {
    /** Most shards a batch is split into. */
    static final int MAX_SHARDS = 64;

    private final TrainingRun run;
    private final float[] batchX;
    private final float[] batchT;
    private final Shards shards;
    /** Rows of the step begun and not yet finished (0: none). */
    private int pendingRows;

    /** For {@code run}, whose next batch {@link TrainingRun#nextBatch} copies into {@code batchX} and {@code batchT}. */
    ShardedStep(TrainingRun run, float[] batchX, float[] batchT, Shards shards) {
        this.run = run;
        this.batchX = batchX;
        this.batchT = batchT;
        this.shards = shards;
    }

    /** Rejects a shard count outside 1 to {@link #MAX_SHARDS} (1: the run keeps its single-model step). */
    static void checkCount(int shardCount) {
        if (shardCount < 1 || shardCount > MAX_SHARDS) {
            throw new IllegalArgumentException("threads " + shardCount + " must be between 1 and " + MAX_SHARDS);
        }
    }

    Shards shards() {
        return shards;
    }

    /** Takes the run's next batch and cuts it into the shards; false when the run is not running. */
    boolean begin() {
        pendingRows = run.nextBatch();
        if (pendingRows == 0) {
            return false;
        }
        shards.cut(batchX, batchT, pendingRows);
        return true;
    }

    /** Computes every shard of the step begun, on the host's {@link Shards.Parallel}. */
    void computeAll() {
        shards.forwardBackwardCut();
    }

    /**
     * Sums the shards of the step begun into the model's gradient and hands the batch to the run; returns whether
     * the run goes on. A run stopped meanwhile drops the step.
     */
    boolean finish() {
        int rows = pendingRows;
        pendingRows = 0;
        if (rows == 0 || !run.isRunning()) {
            return false;
        }
        float batchLoss = shards.sum();
        return run.endBatch(rows, batchLoss, shards.correct());
    }

    /** After the optimizer moved the model's weights, the replicas take them. */
    void syncReplicas() {
        shards.syncReplicas();
    }
}
