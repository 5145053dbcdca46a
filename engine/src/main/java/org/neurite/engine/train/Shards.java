package org.neurite.engine.train;

import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSummary;
import org.neurite.engine.nn.Param;

/**
 * Data-parallel training: every batch is cut into fixed shards of consecutive rows, each shard's gradient is
 * computed by a replica of the model (on whatever threads or workers the host offers), and the shard gradients
 * are summed into the model's in shard order, weighted by shard size. The order never depends on which shard
 * finishes first, so a given shard count gives the same weights on every run; one shard is not done here at all
 * ({@link TrainingRun} keeps its single-model path, bit-identical to the browser).
 * <p>A step has three phases so that a host that cannot block (a browser worker waiting for its helpers) drives
 * the same code as one that can: {@link #cut} the batch, compute every shard (here with {@link #compute}, or
 * elsewhere on a {@link ShardReplica} of the same shard, handed back with {@link #accept}), then {@link #sum}.
 */
public final class Shards {
    private final Model model;
    private final Param[] params;
    private final ShardReplica[] replicas;
    private final int inputs;
    private final int width;
    private final Parallel parallel;
    private final Runnable[] tasks;
    private int active;
    private int batchRows;

    Shards(Model model, int shardCount, int maxBatch, int seed, boolean classification, Parallel parallel) {
        this.model = model;
        this.params = model.params();
        this.inputs = model.inputSize();
        this.width = model.outputSize();
        this.parallel = parallel;
        this.replicas = new ShardReplica[shardCount];
        this.tasks = new Runnable[shardCount];
        int rows = (maxBatch + shardCount - 1) / shardCount;
        for (int k = 0; k < shardCount; k++) {
            // the model itself takes the first shard; each other replica draws its own dropout masks
            if (k == 0) {
                replicas[k] = new ShardReplica(model, rows, classification);
            } else {
                replicas[k] = ShardReplica.of(model.spec(), seed, k, rows, classification);
                replicas[k].model().copyWeightsFrom(model);
            }
            int shard = k;
            tasks[k] = () -> compute(shard);
        }
    }

    /**
     * Fewest uses of each weight in a batch (multiply-adds per batch over parameters) for which hosts whose shards
     * exchange every weight and its gradient each batch split a batch by default. Measured in Chromium on two
     * cores: W2, whose convolution weights each slide over every pixel (4,495 uses), trained 1.4x faster on two
     * workers; W1, a dense net (64 uses), 0.5x: its shards' arithmetic was cheaper than their messages.
     */
    public static final int MIN_WEIGHT_USES_TO_SPLIT = 128;

    /** Whether a host that pays per weight to split a batch should split this recipe's batches by default. */
    public static boolean worthSplitting(Recipe recipe) {
        return weightUsesPerBatch(recipe) >= MIN_WEIGHT_USES_TO_SPLIT;
    }

    /** How many times a batch of the recipe uses each weight of its model, on average. */
    public static double weightUsesPerBatch(Recipe recipe) {
        ModelSummary summary = ModelSummary.of(recipe.spec());
        return summary.parameterCount() == 0 ? 0
                : (double) summary.multiplyAddsPerSample() * recipe.batchSize() / summary.parameterCount();
    }

    /** What runs a set of tasks, each at most once, and returns when all have finished. */
    public interface Parallel {
        void runAll(Runnable[] tasks, int count);
    }

    /** One shard after the other on the caller's thread: the fixed-order reference every host must equal. */
    public static final Parallel IN_TURN = (tasks, count) -> {
        for (int i = 0; i < count; i++) {
            tasks[i].run();
        }
    };

    /**
     * Computes the mean loss of {@code rows} samples and leaves the model's gradient as if one model had
     * seen the whole batch; the replicas share the work.
     */
    float forwardBackward(float[] batchX, float[] batchT, int rows) {
        cut(batchX, batchT, rows);
        forwardBackwardCut();
        return sum();
    }

    /** Computes every shard of the batch cut last, on the host's {@link Parallel}. */
    void forwardBackwardCut() {
        parallel.runAll(tasks, active);
    }

    /**
     * Cuts a batch of {@code rows} samples into the shards' buffers; returns how many shards have rows (fewer
     * than the shard count only when the batch has fewer rows than shards). Shard k's rows are
     * {@link #rows(int)} samples of {@link #inputs(int)} and {@link #targets(int)}.
     */
    int cut(float[] batchX, float[] batchT, int rows) {
        int shardCount = replicas.length;
        batchRows = rows;
        active = 0;
        int at = 0;
        for (int k = 0; k < shardCount; k++) {
            int n = rows / shardCount + (k < rows % shardCount ? 1 : 0);
            if (n == 0) {
                continue;
            }
            ShardReplica replica = replicas[active];
            System.arraycopy(batchX, at * inputs, replica.inputs(n), 0, n * inputs);
            System.arraycopy(batchT, at * width, replica.targets(n), 0, n * width);
            replica.expect(n);
            at += n;
            active++;
        }
        return active;
    }

    /** Shards with rows in the batch being trained. */
    public int active() {
        return active;
    }

    /** Samples in shard {@code k} of the batch being trained. */
    public int rows(int k) {
        return replicas[k].rows();
    }

    /** Shard {@code k}'s samples [rows x inputs] (the buffer may be longer). */
    public float[] inputs(int k) {
        return replicas[k].inputs(0);
    }

    /** Shard {@code k}'s targets [rows x outputs] (the buffer may be longer). */
    public float[] targets(int k) {
        return replicas[k].targets(0);
    }

    /** Computes shard {@code k} here, on its own replica. */
    public void compute(int k) {
        replicas[k].compute(replicas[k].rows());
    }

    /** Shard {@code k}'s result computed elsewhere, by a {@link ShardReplica#of} of the same run and shard. */
    public void accept(int k, float[] flatGradient, float loss, int correct) {
        replicas[k].acceptResult(flatGradient, loss, correct, replicas[k].rows());
    }

    /** Values in the flat weight and gradient arrays. */
    public int parameterCount() {
        return model.parameterCount();
    }

    /** The model's weights, flattened for a {@link ShardReplica} elsewhere ({@link ShardReplica#setWeights}). */
    public void weights(float[] flat) {
        ShardReplica.flatten(params, flat, false);
    }

    /** Sums the shards' losses and gradients into the model's, in shard order; returns the batch's mean loss. */
    float sum() {
        int rows = batchRows;
        float total = 0f;
        for (int k = 0; k < active; k++) {
            total += replicas[k].loss() * ((float) replicas[k].rows() / rows);
        }
        for (int p = 0; p < params.length; p++) {
            // the model's own gradient is shard 0's: weigh it, then add the others in shard order
            float[] g = params[p].grad();
            float first = (float) replicas[0].rows() / rows;
            for (int i = 0; i < g.length; i++) {
                g[i] = first * g[i];
            }
            for (int k = 1; k < active; k++) {
                float share = (float) replicas[k].rows() / rows;
                float[] gk = replicas[k].params()[p].grad();
                for (int i = 0; i < g.length; i++) {
                    g[i] += share * gk[i];
                }
            }
        }
        return total;
    }

    /** Correct classifications in the last batch. */
    int correct() {
        int sum = 0;
        for (int k = 0; k < active; k++) {
            sum += replicas[k].correct();
        }
        return sum;
    }

    /** After the optimizer moved the model's weights, the replicas take them. */
    void syncReplicas() {
        for (int k = 1; k < replicas.length; k++) {
            replicas[k].model().copyWeightsFrom(model);
        }
    }

    /** The shard count. */
    public int count() {
        return replicas.length;
    }
}
