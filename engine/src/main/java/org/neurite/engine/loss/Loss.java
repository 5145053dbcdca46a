package org.neurite.engine.loss;

/**
 * A loss over a batch of model outputs. The model's last layer is linear for the cross-entropy losses:
 * they apply the sigmoid or softmax themselves, fused with the logarithm, which is exact where a separate
 * activation would saturate.
 */
public abstract class Loss {
    private final String id;

    protected Loss(String id) {
        this.id = id;
    }

    /** The name used in model specs and files. */
    public final String id() {
        return id;
    }

    /**
     * Returns the mean loss of {@code batch} rows of {@code width} outputs against {@code target} and writes
     * dLoss/dOutput into {@code grad}.
     */
    public abstract float compute(float[] output, float[] target, int batch, int width, float[] grad);

    /** Turns raw outputs into what the user reads: probabilities for cross-entropy, values for MSE. */
    public abstract void toPrediction(float[] output, float[] prediction, int batch, int width);

    /** Whether the output layer must be linear because the loss applies its own squashing. */
    public abstract boolean needsLinearOutput();

    /** Smallest output width this loss accepts. */
    public int minimumWidth() {
        return 1;
    }

    /**
     * Counts correct classifications in a batch of predictions (as from {@link #toPrediction}): argmax
     * against argmax for several outputs, the 0.5 threshold for one.
     */
    public static int countCorrect(float[] prediction, float[] target, int batch, int width) {
        int correct = 0;
        for (int r = 0; r < batch; r++) {
            int row = r * width;
            if (width == 1) {
                if ((prediction[row] > 0.5f) == (target[row] > 0.5f)) {
                    correct++;
                }
            } else if (argmax(prediction, row, width) == argmax(target, row, width)) {
                correct++;
            }
        }
        return correct;
    }

    /** Index (0-based, relative to {@code offset}) of the largest of {@code width} values. */
    public static int argmax(float[] values, int offset, int width) {
        int best = 0;
        for (int j = 1; j < width; j++) {
            if (values[offset + j] > values[offset + best]) {
                best = j;
            }
        }
        return best;
    }

    /** The loss named {@code id}; the error lists the allowed names. */
    public static Loss byId(String id) {
        if (MeanSquaredError.ID.equalsIgnoreCase(id)) {
            return new MeanSquaredError();
        }
        if (BinaryCrossEntropy.ID.equalsIgnoreCase(id)) {
            return new BinaryCrossEntropy();
        }
        if (SoftmaxCrossEntropy.ID.equalsIgnoreCase(id)) {
            return new SoftmaxCrossEntropy();
        }
        if (Huber.ID.equalsIgnoreCase(id)) {
            return new Huber();
        }
        throw new IllegalArgumentException("unknown loss '" + id + "' (allowed: " + MeanSquaredError.ID + ", "
                + Huber.ID + ", " + BinaryCrossEntropy.ID + ", " + SoftmaxCrossEntropy.ID + ")");
    }

    @Override
    public String toString() {
        return id;
    }
}
