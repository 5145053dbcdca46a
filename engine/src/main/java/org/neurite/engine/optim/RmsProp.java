package org.neurite.engine.optim;

import org.neurite.engine.nn.Param;

/** RMSProp (Hinton, 2012): cache = rho cache + (1 - rho) g^2; w -= lr g / (sqrt(cache) + eps). */
public final class RmsProp extends Optimizer {
    public static final String ID = "rmsprop";
    public static final float DEFAULT_DECAY = 0.9f;
    public static final float DEFAULT_EPSILON = 1e-7f;

    private final float decay;
    private final float epsilon;
    private float[][] cache;

    public RmsProp(float learningRate, float decay, float epsilon) {
        super(learningRate);
        this.decay = Hyperparameters.fraction("decay (rho)", decay, "0.9");
        this.epsilon = Hyperparameters.positive("epsilon", epsilon, "1e-7");
    }

    @Override
    protected void allocate(Param[] params) {
        cache = zeros(params);
    }

    @Override
    protected void update(int index, float[] w, float[] g, float lr) {
        float[] c = cache[index];
        float keep = 1f - decay;
        for (int i = 0; i < w.length; i++) {
            c[i] = decay * c[i] + keep * g[i] * g[i];
            w[i] -= lr * g[i] / ((float) Math.sqrt(c[i]) + epsilon);
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String toString() {
        return "RMSProp(lr=" + learningRate() + ", rho=" + decay + ", epsilon=" + epsilon + ")";
    }
}
