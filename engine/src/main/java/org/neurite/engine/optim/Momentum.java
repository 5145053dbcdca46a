package org.neurite.engine.optim;

import org.neurite.engine.nn.Param;

/** SGD with momentum (Polyak, 1964): v = mu v - lr g; w += v. */
public final class Momentum extends Optimizer {
    public static final String ID = "momentum";
    public static final float DEFAULT_MOMENTUM = 0.9f;

    private final float momentum;
    private float[][] velocity;

    public Momentum(float learningRate, float momentum) {
        super(learningRate);
        this.momentum = Hyperparameters.fraction("momentum", momentum, "0.9");
    }

    @Override
    protected void allocate(Param[] params) {
        velocity = zeros(params);
    }

    @Override
    protected void update(int index, float[] w, float[] g, float lr) {
        float[] v = velocity[index];
        for (int i = 0; i < w.length; i++) {
            v[i] = momentum * v[i] - lr * g[i];
            w[i] += v[i];
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String toString() {
        return "Momentum(lr=" + learningRate() + ", momentum=" + momentum + ")";
    }
}
