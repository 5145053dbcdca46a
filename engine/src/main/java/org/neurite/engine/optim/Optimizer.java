package org.neurite.engine.optim;

import org.neurite.engine.nn.Param;

/**
 * Updates parameters from their gradients. One subclass per method; state (velocities, caches) is
 * allocated on the first step and reused, so a training step allocates nothing.
 */
public abstract class Optimizer {
    private float learningRate;
    private int steps;

    protected Optimizer(float learningRate) {
        this.learningRate = Hyperparameters.learningRate(learningRate);
    }

    /** Applies one update to every parameter from its current gradient. */
    public final void step(Param[] params) {
        if (steps == 0) {
            allocate(params);
        }
        steps++;
        beforeStep(steps);
        for (int i = 0; i < params.length; i++) {
            update(i, params[i].value(), params[i].grad(), learningRate);
        }
    }

    /** Creates the per-parameter state; called once before the first step. */
    protected abstract void allocate(Param[] params);

    /** Hook for per-step scalars such as Adam's bias corrections; {@code t} counts from 1. */
    protected void beforeStep(int t) {
    }

    /** Updates parameter {@code index}: values {@code w} from gradient {@code g}. */
    protected abstract void update(int index, float[] w, float[] g, float lr);

    /** The method's short name, e.g. "adam". */
    public abstract String id();

    public float learningRate() {
        return learningRate;
    }

    /** Changes the learning rate; allowed while training runs. */
    public void setLearningRate(float learningRate) {
        this.learningRate = Hyperparameters.learningRate(learningRate);
    }

    /** Steps taken so far. */
    public int steps() {
        return steps;
    }

    /** Forgets all state, as if no step had been taken. */
    public void reset() {
        steps = 0;
    }

    protected static float[][] zeros(Param[] params) {
        float[][] state = new float[params.length][];
        for (int i = 0; i < params.length; i++) {
            state[i] = new float[params[i].size()];
        }
        return state;
    }

    /** The optimizer named {@code id} with its default settings; the error lists the allowed names. */
    public static Optimizer byId(String id, float learningRate) {
        switch (id) {
            case Sgd.ID:
                return new Sgd(learningRate);
            case Momentum.ID:
                return new Momentum(learningRate, Momentum.DEFAULT_MOMENTUM);
            case Nesterov.ID:
                return new Nesterov(learningRate, Momentum.DEFAULT_MOMENTUM);
            case AdaGrad.ID:
                return new AdaGrad(learningRate, AdaGrad.DEFAULT_EPSILON);
            case RmsProp.ID:
                return new RmsProp(learningRate, RmsProp.DEFAULT_DECAY, RmsProp.DEFAULT_EPSILON);
            case Adam.ID:
                return new Adam(learningRate, Adam.DEFAULT_BETA1, Adam.DEFAULT_BETA2, Adam.DEFAULT_EPSILON);
            default:
                throw new IllegalArgumentException("unknown optimizer '" + id
                        + "' (allowed: sgd, momentum, nesterov, adagrad, rmsprop, adam)");
        }
    }
}
