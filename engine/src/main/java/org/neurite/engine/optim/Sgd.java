package org.neurite.engine.optim;

import org.neurite.engine.nn.Param;

/** Plain stochastic gradient descent: w -= lr * g. */
public final class Sgd extends Optimizer {
    public static final String ID = "sgd";

    public Sgd(float learningRate) {
        super(learningRate);
    }

    @Override
    protected void allocate(Param[] params) {
    }

    @Override
    protected void update(int index, float[] w, float[] g, float lr) {
        for (int i = 0; i < w.length; i++) {
            w[i] -= lr * g[i];
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String toString() {
        return "SGD(lr=" + learningRate() + ")";
    }
}
