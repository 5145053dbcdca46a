package org.neurite.engine.optim;

import org.neurite.engine.nn.Param;

/**
 * Nesterov accelerated gradient (Nesterov, 1983; in the form of Sutskever et al., 2013):
 * v' = mu v - lr g; w += -mu v + (1 + mu) v'.
 */
public final class Nesterov extends Optimizer {
    public static final String ID = "nesterov";

    private final float momentum;
    private float[][] velocity;

    public Nesterov(float learningRate, float momentum) {
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
            float previous = v[i];
            v[i] = momentum * previous - lr * g[i];
            w[i] += -momentum * previous + (1f + momentum) * v[i];
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String toString() {
        return "Nesterov(lr=" + learningRate() + ", momentum=" + momentum + ")";
    }
}
