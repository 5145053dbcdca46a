package org.neurite.engine.train;

/** Explains a diverged run: what happened and what to try. */
final class Divergence {
    private Divergence() {
    }

    static String explain(float badLoss, int epoch, int batch, float learningRate) {
        String what = Float.isNaN(badLoss) ? "became NaN" : "blew up to " + badLoss;
        return "Training diverged: the loss " + what + " at epoch " + epoch + ", batch " + batch
                + ". The learning rate " + learningRate + " is too high for this network; try "
                + suggestion(learningRate) + " (or a smaller batch-to-rate ratio, or Adam).";
    }

    /** A rate a hundred times smaller, rounded to one significant digit. */
    static String suggestion(float learningRate) {
        double target = learningRate / 100.0;
        double scale = 1;
        while (target * scale < 1 && scale < 1e12) {
            scale *= 10;
        }
        long digit = Math.max(1, Math.round(target * scale));
        return Float.toString((float) (digit / scale));
    }
}
