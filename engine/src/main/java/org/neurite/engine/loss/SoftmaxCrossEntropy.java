package org.neurite.engine.loss;

/**
 * Softmax followed by cross-entropy, fused: per row, loss = logsumexp(z) - sum t_j z_j with the maximum
 * subtracted first, so logits of +-1000 stay finite; the gradient is softmax(z) - t.
 */
public final class SoftmaxCrossEntropy extends Loss {
    public static final String ID = "softmaxCrossEntropy";

    public SoftmaxCrossEntropy() {
        super(ID);
    }

    @Override
    public float compute(float[] logits, float[] target, int batch, int width, float[] grad) {
        float scale = 1f / batch;
        double sum = 0;
        for (int r = 0; r < batch; r++) {
            int row = r * width;
            float max = rowMax(logits, row, width);
            double total = 0;
            for (int j = 0; j < width; j++) {
                double e = Math.exp((double) logits[row + j] - max);
                grad[row + j] = (float) e;
                total += e;
            }
            double logSumExp = max + Math.log(total);
            double dot = 0;
            for (int j = 0; j < width; j++) {
                float t = target[row + j];
                dot += (double) t * logits[row + j];
                grad[row + j] = scale * ((float) (grad[row + j] / total) - t);
            }
            sum += logSumExp - dot;
        }
        return (float) (sum / batch);
    }

    @Override
    public void toPrediction(float[] logits, float[] prediction, int batch, int width) {
        for (int r = 0; r < batch; r++) {
            int row = r * width;
            float max = rowMax(logits, row, width);
            double total = 0;
            for (int j = 0; j < width; j++) {
                double e = Math.exp((double) logits[row + j] - max);
                prediction[row + j] = (float) e;
                total += e;
            }
            for (int j = 0; j < width; j++) {
                prediction[row + j] = (float) (prediction[row + j] / total);
            }
        }
    }

    @Override
    public boolean needsLinearOutput() {
        return true;
    }

    @Override
    public int minimumWidth() {
        return 2;
    }

    private static float rowMax(float[] values, int row, int width) {
        float max = values[row];
        for (int j = 1; j < width; j++) {
            max = Math.max(max, values[row + j]);
        }
        return max;
    }
}
