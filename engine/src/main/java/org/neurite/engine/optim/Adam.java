package org.neurite.engine.optim;

import org.neurite.engine.nn.Param;

/**
 * Adam (Kingma and Ba, 2015): m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2;
 * w -= lr m^ / (sqrt(v^) + eps) with the bias corrections m^ = m / (1 - b1^t), v^ = v / (1 - b2^t).
 * b1^t and b2^t are running products, so no pow() is needed and every platform agrees.
 */
public final class Adam extends Optimizer {
    public static final String ID = "adam";
    public static final float DEFAULT_BETA1 = 0.9f;
    public static final float DEFAULT_BETA2 = 0.999f;
    public static final float DEFAULT_EPSILON = 1e-7f;

    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private float[][] m;
    private float[][] v;
    private float beta1Power;
    private float beta2Power;
    private float correction1;
    private float correction2;

    public Adam(float learningRate) {
        this(learningRate, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
    }

    public Adam(float learningRate, float beta1, float beta2, float epsilon) {
        super(learningRate);
        this.beta1 = Hyperparameters.fraction("beta1", beta1, "0.9");
        this.beta2 = Hyperparameters.fraction("beta2", beta2, "0.999");
        this.epsilon = Hyperparameters.positive("epsilon", epsilon, "1e-7");
    }

    @Override
    protected void allocate(Param[] params) {
        m = zeros(params);
        v = zeros(params);
        beta1Power = 1f;
        beta2Power = 1f;
    }

    @Override
    protected void beforeStep(int t) {
        beta1Power *= beta1;
        beta2Power *= beta2;
        correction1 = 1f - beta1Power;
        correction2 = 1f - beta2Power;
    }

    @Override
    protected void update(int index, float[] w, float[] g, float lr) {
        float[] mi = m[index];
        float[] vi = v[index];
        for (int i = 0; i < w.length; i++) {
            mi[i] = beta1 * mi[i] + (1f - beta1) * g[i];
            vi[i] = beta2 * vi[i] + (1f - beta2) * g[i] * g[i];
            float mHat = mi[i] / correction1;
            float vHat = vi[i] / correction2;
            w[i] -= lr * mHat / ((float) Math.sqrt(vHat) + epsilon);
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String toString() {
        return "Adam(lr=" + learningRate() + ", beta1=" + beta1 + ", beta2=" + beta2 + ", epsilon=" + epsilon + ")";
    }
}
