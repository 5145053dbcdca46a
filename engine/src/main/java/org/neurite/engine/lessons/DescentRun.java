package org.neurite.engine.lessons;

import org.neurite.engine.data.Dataset;
import org.neurite.engine.loss.Loss;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.Param;
import org.neurite.engine.optim.Optimizer;
import org.neurite.engine.random.Rng;

/**
 * Gradient descent on a small table, one update at a time, remembering which rows each update used, so
 * lessons 1 and 6 can highlight them. Batch size n is batch gradient descent, 1 is stochastic, anything
 * between is mini-batch. After each update {@link #fullLoss()} is the loss on every row, so runs with
 * different batch sizes are compared on the same footing.
 *
 * <p>{@link org.neurite.engine.train.TrainingRun} is the trainer for real work; this one exists because the
 * lesson needs the rows of each step, which a trainer for 60,000 images has no reason to keep.
 */
public final class DescentRun {
    private final Model model;
    private final Optimizer optimizer;
    private final Dataset data;
    private final int batchSize;
    private final Loss loss;
    private final Param[] params;
    private final Rng rng;
    private final int[] order;
    private final int width;
    private final float[] x;
    private final float[] t;
    private final float[] grad;
    private final int[] lastRows;
    private final float[] allFeatures;
    private final float[] allTargets;
    private final float[] allGrad;
    private int lastRowCount;
    private int position;
    private int steps;
    private int samplesSeen;
    private boolean diverged;
    private double lastFullLoss;

    public DescentRun(Model model, Optimizer optimizer, Dataset data, int batchSize, int seed) {
        if (batchSize < 1 || batchSize > data.size()) {
            throw new IllegalArgumentException("batch size " + batchSize + " must be between 1 (stochastic) and "
                    + data.size() + " (the whole table)");
        }
        if (data.featureCount() != model.inputSize()) {
            throw new IllegalArgumentException("the model takes " + model.inputSize() + " inputs but '"
                    + data.name() + "' has " + data.featureCount() + " features");
        }
        this.model = model;
        this.optimizer = optimizer;
        this.data = data;
        this.batchSize = batchSize;
        this.loss = model.loss();
        this.params = model.params();
        this.rng = new Rng(seed);
        this.order = Dataset.identityOrder(data.size());
        this.width = model.outputSize();
        this.x = new float[batchSize * model.inputSize()];
        this.t = new float[batchSize * width];
        this.grad = new float[batchSize * width];
        this.lastRows = new int[batchSize];
        this.allFeatures = new float[data.size() * model.inputSize()];
        this.allTargets = new float[data.size() * width];
        this.allGrad = new float[data.size() * width];
        int[] everyRow = Dataset.identityOrder(data.size());
        data.copyFeatures(everyRow, 0, data.size(), allFeatures);
        data.copyTargets(everyRow, 0, data.size(), allTargets, width);
        shuffleIfStochastic();
        this.lastFullLoss = computeFullLoss();
    }

    /** Batch descent visits the rows in order; smaller batches draw them in a fresh random order each epoch. */
    private void shuffleIfStochastic() {
        if (batchSize < data.size()) {
            rng.shuffle(order);
        }
    }

    /** One update from the next batch of rows; returns false (and does nothing) once the loss has diverged. */
    public boolean step() {
        if (diverged) {
            return false;
        }
        int count = Math.min(batchSize, data.size() - position);
        data.copyFeatures(order, position, count, x);
        data.copyTargets(order, position, count, t, width);
        System.arraycopy(order, position, lastRows, 0, count);
        lastRowCount = count;
        float[] out = model.forward(x, count, true);
        loss.compute(out, t, count, width, grad);
        model.backward(grad, count);
        optimizer.step(params);
        steps++;
        samplesSeen += count;
        position += count;
        if (position >= data.size()) {
            position = 0;
            shuffleIfStochastic();
        }
        lastFullLoss = computeFullLoss();
        diverged = !(lastFullLoss < 1e12);
        return !diverged;
    }

    private double computeFullLoss() {
        float[] out = model.forward(allFeatures, data.size(), false);
        return loss.compute(out, allTargets, data.size(), width, allGrad);
    }

    /** The loss on every row of the table with the current weights. */
    public double fullLoss() {
        return lastFullLoss;
    }

    /** How many rows the last update used (0 before the first). */
    public int lastRowCount() {
        return lastRowCount;
    }

    /** The table row (0-based) that was number {@code index} of the last update's batch. */
    public int lastRow(int index) {
        if (index >= lastRowCount) {
            throw new IndexOutOfBoundsException("the last update used " + lastRowCount + " rows, asked for "
                    + "row number " + index);
        }
        return lastRows[index];
    }

    /** Whether the last update used table row {@code row}. */
    public boolean lastStepUsed(int row) {
        for (int i = 0; i < lastRowCount; i++) {
            if (lastRows[i] == row) {
                return true;
            }
        }
        return false;
    }

    public int steps() {
        return steps;
    }

    /** Passes over the table so far, fractional mid-epoch: samples seen / rows. */
    public double epochs() {
        return (double) samplesSeen / data.size();
    }

    /** True once the loss became infinite or NaN: the learning rate was too large. */
    public boolean diverged() {
        return diverged;
    }

    public int batchSize() {
        return batchSize;
    }

    /** The model's prediction for every table row (its first output), in table order. */
    public double[] predictions() {
        float[] p = model.predict(allFeatures, data.size());
        double[] rows = new double[data.size()];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = p[r * model.outputSize()];
        }
        return rows;
    }

    public Model model() {
        return model;
    }

    public Dataset data() {
        return data;
    }
}
