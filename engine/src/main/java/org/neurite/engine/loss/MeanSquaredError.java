package org.neurite.engine.loss;

/** Mean squared error: the mean of (y - t)^2 over every output of the batch. */
public final class MeanSquaredError extends ValueLoss {
    public static final String ID = "mse";

    public MeanSquaredError() {
        super(ID);
    }

    @Override
    public float compute(float[] output, float[] target, int batch, int width, float[] grad) {
        int n = batch * width;
        float scale = 2f / n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            float d = output[i] - target[i];
            sum += d * d;
            grad[i] = scale * d;
        }
        return (float) (sum / n);
    }


    /** The "1/n" form: (1/n) sum (y - t)^2. */
    public static double mean(double[] predicted, double[] actual) {
        double sum = 0;
        for (int i = 0; i < predicted.length; i++) {
            double d = predicted[i] - actual[i];
            sum += d * d;
        }
        return sum / predicted.length;
    }

    /** The "1/2" form: (1/2n) sum (y - t)^2, whose derivative has no factor 2. */
    public static double half(double[] predicted, double[] actual) {
        return mean(predicted, actual) / 2;
    }
}
