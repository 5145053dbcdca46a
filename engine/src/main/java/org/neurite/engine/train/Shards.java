package org.neurite.engine.train;

import org.neurite.engine.loss.Loss;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.Param;
import org.neurite.engine.random.Rng;

/**
 * Data-parallel training: every batch is cut into fixed shards of consecutive rows, each shard's gradient is
 * computed by a replica of the model (on whatever threads or workers the host's {@link Parallel} offers), and
 * the shard gradients are summed into the model's in shard order, weighted by shard size. The order never
 * depends on which shard finishes first, so a given shard count gives the same weights on every run; one
 * shard is not done here at all ({@link TrainingRun} keeps its single-model path, bit-identical to the browser).
 */
public final class Shards {
    private final Model model;
    private final Param[] params;
    private final Model[] replicas;
    private final Param[][] replicaParams;
    private final Loss loss;
    private final int inputs;
    private final int width;
    private final boolean classification;
    private final Parallel parallel;
    private final float[][] x;
    private final float[][] t;
    private final float[][] grad;
    private final float[][] prediction;
    private final int[] start;
    private final int[] count;
    private final float[] losses;
    private final int[] correct;
    private final Runnable[] tasks;
    private int active;

    Shards(Model model, int shardCount, int maxBatch, int seed, boolean classification, Parallel parallel) {
        this.model = model;
        this.params = model.params();
        this.loss = model.loss();
        this.inputs = model.inputSize();
        this.width = model.outputSize();
        this.classification = classification;
        this.parallel = parallel;
        this.replicas = new Model[shardCount];
        this.replicaParams = new Param[shardCount][];
        int rows = (maxBatch + shardCount - 1) / shardCount;
        x = new float[shardCount][rows * inputs];
        t = new float[shardCount][rows * width];
        grad = new float[shardCount][rows * width];
        prediction = new float[shardCount][rows * width];
        start = new int[shardCount];
        count = new int[shardCount];
        losses = new float[shardCount];
        correct = new int[shardCount];
        tasks = new Runnable[shardCount];
        for (int k = 0; k < shardCount; k++) {
            // the model itself takes the first shard; each other replica draws its own dropout masks
            if (k == 0) {
                replicas[k] = model;
            } else {
                replicas[k] = Model.create(model.spec(), new Rng(seed * 31 + k));
                replicas[k].copyWeightsFrom(model);
            }
            replicaParams[k] = replicas[k].params();
            int shard = k;
            tasks[k] = () -> forwardBackward(shard);
        }
    }

    /** What runs a set of tasks, each at most once, and returns when all have finished. */
    public interface Parallel {
        void runAll(Runnable[] tasks, int count);
    }

    /**
     * Computes the mean loss of {@code rows} samples and leaves the model's gradient as if one model had
     * seen the whole batch; the replicas share the work.
     */
    float forwardBackward(float[] batchX, float[] batchT, int rows) {
        int shardCount = replicas.length;
        active = 0;
        int at = 0;
        for (int k = 0; k < shardCount; k++) {
            int n = rows / shardCount + (k < rows % shardCount ? 1 : 0);
            if (n == 0) {
                continue;
            }
            start[active] = at;
            count[active] = n;
            System.arraycopy(batchX, at * inputs, x[active], 0, n * inputs);
            System.arraycopy(batchT, at * width, t[active], 0, n * width);
            at += n;
            active++;
        }
        parallel.runAll(tasks, active);
        float total = 0f;
        for (int k = 0; k < active; k++) {
            total += losses[k] * ((float) count[k] / rows);
        }
        for (int p = 0; p < params.length; p++) {
            // the model's own gradient is shard 0's: weigh it, then add the others in shard order
            float[] g = params[p].grad();
            float first = (float) count[0] / rows;
            for (int i = 0; i < g.length; i++) {
                g[i] = first * g[i];
            }
            for (int k = 1; k < active; k++) {
                float share = (float) count[k] / rows;
                float[] gk = replicaParams[k][p].grad();
                for (int i = 0; i < g.length; i++) {
                    g[i] += share * gk[i];
                }
            }
        }
        return total;
    }

    private void forwardBackward(int k) {
        int n = count[k];
        Model replica = replicas[k];
        float[] out = replica.forward(x[k], n, true);
        losses[k] = loss.compute(out, t[k], n, width, grad[k]);
        if (classification) {
            loss.toPrediction(out, prediction[k], n, width);
            correct[k] = Loss.countCorrect(prediction[k], t[k], n, width);
        }
        replica.backward(grad[k], n);
    }

    /** Correct classifications in the last batch. */
    int correct() {
        int sum = 0;
        for (int k = 0; k < active; k++) {
            sum += correct[k];
        }
        return sum;
    }

    /** After the optimizer moved the model's weights, the replicas take them. */
    void syncReplicas() {
        for (int k = 1; k < replicas.length; k++) {
            replicas[k].copyWeightsFrom(model);
        }
    }

    int count() {
        return replicas.length;
    }
}
