package org.neurite.engine.loss;

/**
 * Binary cross-entropy on a sigmoid output, computed from the logit z in the stable form
 * max(z, 0) - z t + log(1 + e^-|z|); its gradient with respect to z is sigmoid(z) - t.
 */
public final class BinaryCrossEntropy extends Loss {
    public static final String ID = "binaryCrossEntropy";

    public BinaryCrossEntropy() {
        super(ID);
    }

    @Override
    public float compute(float[] logits, float[] target, int batch, int width, float[] grad) {
        int n = batch * width;
        float scale = 1f / n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            float z = logits[i];
            float t = target[i];
            double absZ = Math.abs((double) z);
            sum += Math.max(z, 0f) - (double) z * t + Math.log1p(Math.exp(-absZ));
            grad[i] = scale * (sigmoid(z) - t);
        }
        return (float) (sum / n);
    }

    @Override
    public void toPrediction(float[] logits, float[] prediction, int batch, int width) {
        int n = batch * width;
        for (int i = 0; i < n; i++) {
            prediction[i] = sigmoid(logits[i]);
        }
    }

    @Override
    public boolean needsLinearOutput() {
        return true;
    }

    static float sigmoid(float z) {
        return (float) (1.0 / (1.0 + Math.exp(-(double) z)));
    }

    /**
     * The textbook form on probabilities, -(1/n) sum [t log p + (1 - t) log(1 - p)], as the loss lesson
     * writes it; each term is returned in {@code terms} when it is not null.
     */
    public static double ofProbabilities(double[] predicted, double[] actual, double[] terms) {
        double sum = 0;
        for (int i = 0; i < predicted.length; i++) {
            double p = predicted[i];
            double t = actual[i];
            double term = -(t * Math.log(p) + (1 - t) * Math.log(1 - p));
            if (terms != null) {
                terms[i] = term;
            }
            sum += term;
        }
        return sum / predicted.length;
    }
}
