package org.neurite.engine.train;

import org.neurite.engine.loss.Loss;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.nn.Param;
import org.neurite.engine.random.Rng;

/**
 * One shard's share of a sharded step: a model replica that takes a shard's rows and leaves their gradient,
 * mean loss and correct count. {@link Shards} keeps one per shard; a browser helper worker keeps the one of
 * its shard and exchanges weights and gradient as flat arrays ({@link #setWeights}, {@link #gradient}), so
 * both compute exactly the same numbers.
 */
public final class ShardReplica {
    private final Model model;
    private final Param[] params;
    private final Loss loss;
    private final int inputs;
    private final int width;
    private final boolean classification;
    private float[] x;
    private float[] t;
    private float[] grad;
    private float[] prediction;
    private int rows;
    private float meanLoss;
    private int correct;

    ShardReplica(Model model, int maxRows, boolean classification) {
        this.model = model;
        this.params = model.params();
        this.loss = model.loss();
        this.inputs = model.inputSize();
        this.width = model.outputSize();
        this.classification = classification;
        reserve(maxRows);
    }

    /**
     * The replica of shard {@code shard} (1 and up; shard 0 is the run's own model) of a run with {@code seed}:
     * its own dropout masks come from a generator seeded from both, as in every host of the same run.
     */
    public static ShardReplica of(ModelSpec spec, int seed, int shard, int maxRows, boolean classification) {
        return new ShardReplica(Model.create(spec, new Rng(seed * 31 + shard)), maxRows, classification);
    }

    private void reserve(int maxRows) {
        if (x == null || x.length < maxRows * inputs) {
            x = new float[maxRows * inputs];
            t = new float[maxRows * width];
            grad = new float[maxRows * width];
            prediction = new float[maxRows * width];
        }
    }

    /** The rows buffer [rows x inputs] to fill before {@link #compute}; grows to fit {@code rows}. */
    public float[] inputs(int rows) {
        reserve(rows);
        return x;
    }

    /** The targets buffer [rows x outputs] to fill before {@link #compute}. */
    public float[] targets(int rows) {
        reserve(rows);
        return t;
    }

    /** Forward and backward over the first {@code n} rows of the buffers: the replica's gradient, loss, correct. */
    public void compute(int n) {
        rows = n;
        float[] out = model.forward(x, n, true);
        meanLoss = loss.compute(out, t, n, width, grad);
        correct = 0;
        if (classification) {
            loss.toPrediction(out, prediction, n, width);
            correct = Loss.countCorrect(prediction, t, n, width);
        }
        model.backward(grad, n);
    }

    /** The next result covers {@code n} rows (before a result computed elsewhere is accepted). */
    void expect(int n) {
        rows = n;
        meanLoss = Float.NaN;
        correct = 0;
    }

    /** Mean loss of the last {@link #compute}. */
    public float loss() {
        return meanLoss;
    }

    /** Correct classifications of the last {@link #compute} (0 for regression). */
    public int correct() {
        return correct;
    }

    /** Rows of the last {@link #compute}. */
    public int rows() {
        return rows;
    }

    /** Values in the flat weight and gradient arrays: every parameter, in the model's order. */
    public int parameterCount() {
        return model.parameterCount();
    }

    /** Takes the run's weights, flattened by {@link #flatten} in the model's parameter order. */
    public void setWeights(float[] flat) {
        unflatten(flat, params, false);
    }

    /** Writes the last gradient into {@code flat}, in the model's parameter order. */
    public void gradient(float[] flat) {
        flatten(params, flat, true);
    }

    /** Takes a gradient computed elsewhere (a helper worker's) as if this replica had computed it. */
    public void acceptResult(float[] flatGradient, float lossValue, int correctCount, int n) {
        unflatten(flatGradient, params, true);
        meanLoss = lossValue;
        correct = correctCount;
        rows = n;
    }

    Model model() {
        return model;
    }

    Param[] params() {
        return params;
    }

    /** Copies the values (or gradients) of {@code params} one after the other into {@code flat}. */
    static void flatten(Param[] params, float[] flat, boolean gradients) {
        int at = 0;
        for (Param p : params) {
            float[] source = gradients ? p.grad() : p.value();
            System.arraycopy(source, 0, flat, at, source.length);
            at += source.length;
        }
    }

    private static void unflatten(float[] flat, Param[] params, boolean gradients) {
        int at = 0;
        for (Param p : params) {
            float[] target = gradients ? p.grad() : p.value();
            if (flat.length < at + target.length) {
                throw new IllegalArgumentException("a flat array of " + flat.length + " values is too short for "
                        + "the model's parameters: send all of them, in the model's order");
            }
            System.arraycopy(flat, at, target, 0, target.length);
            at += target.length;
        }
    }
}
