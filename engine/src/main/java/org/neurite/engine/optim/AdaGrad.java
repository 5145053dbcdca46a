package org.neurite.engine.optim;

import org.neurite.engine.nn.Param;

/** AdaGrad (Duchi et al., 2011): cache += g^2; w -= lr g / (sqrt(cache) + eps). */
public final class AdaGrad extends Optimizer {
    public static final String ID = "adagrad";
    public static final float DEFAULT_EPSILON = 1e-7f;

    private final float epsilon;
    private float[][] cache;

    public AdaGrad(float learningRate, float epsilon) {
        super(learningRate);
        this.epsilon = Hyperparameters.positive("epsilon", epsilon, "1e-7");
    }

    @Override
    protected void allocate(Param[] params) {
        cache = zeros(params);
    }

    @Override
    protected void update(int index, float[] w, float[] g, float lr) {
        float[] c = cache[index];
        for (int i = 0; i < w.length; i++) {
            c[i] += g[i] * g[i];
            w[i] -= lr * g[i] / ((float) Math.sqrt(c[i]) + epsilon);
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String toString() {
        return "AdaGrad(lr=" + learningRate() + ", epsilon=" + epsilon + ")";
    }
}
