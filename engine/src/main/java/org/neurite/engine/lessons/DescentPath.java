package org.neurite.engine.lessons;

import java.util.Arrays;
import org.neurite.engine.nn.Param;
import org.neurite.engine.optim.Optimizer;

/**
 * One of the engine's optimizers walking on an {@link Objective}: the weights are a real {@link Param} of
 * one or two elements, the gradient is the objective's, and the update is the optimizer's own, exactly as
 * in training. Every point visited is kept, so lesson 5 can draw the path.
 *
 * <p>With a decay k above 0 the learning rate of step t (counted from 0) is eta0 / (1 + k t), the
 * inverse-time schedule of {@link org.neurite.engine.train.Recipe#decay}, applied per step.
 */
public final class DescentPath {
    /** Beyond this distance from the picture the walk has clearly diverged. */
    static final double FAR_AWAY = 1e6;

    private final Objective objective;
    private final Optimizer optimizer;
    private final double baseLearningRate;
    private final double decay;
    private final Param weights;
    private final Param[] params;
    private final double[] w;
    private final double[] g;
    private double[] points;
    private double[] values;
    private int count;
    private boolean diverged;

    public DescentPath(Objective objective, Optimizer optimizer, double[] start, double decay) {
        if (start.length != objective.dimension()) {
            throw new IllegalArgumentException(objective.id() + " has " + objective.dimension()
                    + " weight(s) but the start point has " + start.length);
        }
        if (!(decay >= 0) || Double.isInfinite(decay)) {
            throw new IllegalArgumentException("decay " + decay + " must be 0 (none) or more (try 0.05)");
        }
        this.objective = objective;
        this.optimizer = optimizer;
        this.baseLearningRate = optimizer.learningRate();
        this.decay = decay;
        int n = objective.dimension();
        this.weights = new Param("w", new int[] {n}, false);
        this.params = new Param[] {weights};
        this.w = start.clone();
        this.g = new double[n];
        for (int i = 0; i < n; i++) {
            weights.value()[i] = (float) start[i];
        }
        this.points = new double[64 * n];
        this.values = new double[64];
        record();
    }

    /** One update; returns false, without moving, once the walk has diverged. */
    public boolean step() {
        if (diverged) {
            return false;
        }
        if (decay > 0) {
            optimizer.setLearningRate((float) (baseLearningRate / (1 + decay * (count - 1))));
        }
        objective.gradient(w, g);
        for (int i = 0; i < g.length; i++) {
            weights.grad()[i] = (float) g[i];
        }
        optimizer.step(params);
        for (int i = 0; i < w.length; i++) {
            w[i] = weights.value()[i];
        }
        record();
        return !diverged;
    }

    private void record() {
        int n = w.length;
        if (count == values.length) {
            values = Arrays.copyOf(values, 2 * count);
            points = Arrays.copyOf(points, 2 * count * n);
        }
        double value = objective.value(w);
        for (int i = 0; i < n; i++) {
            points[count * n + i] = w[i];
            diverged |= !(Math.abs(w[i]) < FAR_AWAY);
        }
        values[count] = value;
        diverged |= !(value < Double.MAX_VALUE);
        count++;
    }

    /** Points on the path, the start included: steps taken + 1. */
    public int length() {
        return count;
    }

    public int steps() {
        return count - 1;
    }

    /** Weight {@code axis} at point {@code index} of the path (0 is the start). */
    public double point(int index, int axis) {
        return points[index * w.length + axis];
    }

    /** J at point {@code index}. */
    public double value(int index) {
        return values[index];
    }

    /** The current weights. */
    public double[] current() {
        return w.clone();
    }

    /** The learning rate the next step will use. */
    public double nextLearningRate() {
        return decay > 0 ? baseLearningRate / (1 + decay * (count - 1)) : baseLearningRate;
    }

    /** Straight-line distance from the current weights to the minimum. */
    public double distanceToMinimum() {
        double[] m = objective.minimum();
        double sum = 0;
        for (int i = 0; i < m.length; i++) {
            double d = w[i] - m[i];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    /** True once the weights ran off to infinity (or NaN): the learning rate was too large. */
    public boolean diverged() {
        return diverged;
    }

    public Objective objective() {
        return objective;
    }

    public Optimizer optimizer() {
        return optimizer;
    }
}
