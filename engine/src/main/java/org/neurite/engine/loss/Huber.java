package org.neurite.engine.loss;

/**
 * Huber loss: squared near the target, linear beyond {@link #DELTA}, so a few far-off targets (outliers) pull on
 * the fit with a bounded gradient where MSE's would grow with the distance. Per output, with d = y - t:
 * 0.5 d^2 where |d| <= delta, else delta (|d| - 0.5 delta); the loss is the mean over every output of the batch.
 * Its gradient, beside it: d where |d| <= delta, else delta sign(d) (both divided by the output count).
 * At delta 1 it is PyTorch's {@code HuberLoss()} and {@code SmoothL1Loss()}.
 */
public final class Huber extends ValueLoss {
    public static final String ID = "huber";
    public static final float DELTA = 1f;

    public Huber() {
        super(ID);
    }

    @Override
    public float compute(float[] output, float[] target, int batch, int width, float[] grad) {
        int n = batch * width;
        float scale = 1f / n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            float d = output[i] - target[i];
            if (Math.abs(d) <= DELTA) {
                sum += 0.5 * d * d;
                grad[i] = scale * d;
            } else {
                sum += DELTA * (Math.abs(d) - 0.5 * DELTA);
                grad[i] = scale * (d > 0f ? DELTA : -DELTA);
            }
        }
        return (float) (sum / n);
    }

}
