package org.neurite.engine.train;

import org.neurite.engine.loss.Loss;

/**
 * Which class a model predicted for each sample against the true class: a {@code classes x classes} table of
 * counts (row: true class, column: predicted), the samples behind every cell, and the mistakes the model was
 * surest of. Built from the model's probabilities for a whole test set, so the view that draws it and the
 * gallery that shows the digits behind a cell read the same numbers.
 */
public final class ConfusionMatrix {
    private final int classes;
    private final int[] labels;
    private final int[] predicted;
    private final float[] confidence;
    private final int[] counts;

    private ConfusionMatrix(int classes, int[] labels, int[] predicted, float[] confidence, int[] counts) {
        this.classes = classes;
        this.labels = labels;
        this.predicted = predicted;
        this.confidence = confidence;
        this.counts = counts;
    }

    /**
     * The matrix of {@code labels.length} samples given {@code probabilities}: {@code classes} values per sample,
     * sample after sample. The prediction is the most probable class (the first one on a tie, as the accuracy
     * of {@link Evaluation} counts it).
     */
    public static ConfusionMatrix of(float[] probabilities, int classes, int[] labels) {
        if (classes < 2) {
            throw new IllegalArgumentException("a confusion matrix needs at least 2 classes, was " + classes);
        }
        if (probabilities.length != labels.length * classes) {
            throw new IllegalArgumentException(labels.length + " samples of " + classes + " classes need "
                    + labels.length * classes + " probabilities, got " + probabilities.length);
        }
        int n = labels.length;
        int[] predicted = new int[n];
        float[] confidence = new float[n];
        int[] counts = new int[classes * classes];
        for (int i = 0; i < n; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("label " + labels[i] + " of sample " + i + " is outside 0.."
                        + (classes - 1));
            }
            int best = Loss.argmax(probabilities, i * classes, classes);
            predicted[i] = best;
            confidence[i] = probabilities[i * classes + best];
            counts[labels[i] * classes + best]++;
        }
        return new ConfusionMatrix(classes, labels.clone(), predicted, confidence, counts);
    }

    public int classes() {
        return classes;
    }

    /** Samples of true class {@code actual} that were predicted as {@code guess}. */
    public int count(int actual, int guess) {
        return counts[actual * classes + guess];
    }

    /** Samples of true class {@code actual}. */
    public int rowTotal(int actual) {
        int sum = 0;
        for (int j = 0; j < classes; j++) {
            sum += counts[actual * classes + j];
        }
        return sum;
    }

    /** The largest count off the diagonal (0 when there is no mistake): the colour scale of the mistakes. */
    public int largestMistakeCount() {
        int max = 0;
        for (int i = 0; i < classes; i++) {
            for (int j = 0; j < classes; j++) {
                if (i != j) {
                    max = Math.max(max, counts[i * classes + j]);
                }
            }
        }
        return max;
    }

    public int total() {
        return labels.length;
    }

    public int correct() {
        int sum = 0;
        for (int i = 0; i < classes; i++) {
            sum += counts[i * classes + i];
        }
        return sum;
    }

    /** Share of samples on the diagonal, in [0, 1]. */
    public float accuracy() {
        return labels.length == 0 ? Float.NaN : (float) correct() / labels.length;
    }

    /** The predicted class of sample {@code sample}. */
    public int predicted(int sample) {
        return predicted[sample];
    }

    /** The true class of sample {@code sample}. */
    public int label(int sample) {
        return labels[sample];
    }

    /** The indices of the samples in cell ({@code actual}, {@code guess}), in dataset order. */
    public int[] samples(int actual, int guess) {
        int[] out = new int[count(actual, guess)];
        int n = 0;
        for (int i = 0; i < labels.length && n < out.length; i++) {
            if (labels[i] == actual && predicted[i] == guess) {
                out[n++] = i;
            }
        }
        return out;
    }

    /**
     * Up to {@code limit} misclassified samples, the ones the model was surest of first (highest probability
     * on the wrong class; dataset order on a tie): the most telling mistakes, and often mislabelled digits.
     */
    public int[] worstMistakes(int limit) {
        int keep = Math.max(0, Math.min(limit, total() - correct()));
        int[] top = new int[keep];
        int size = 0;
        for (int sample = 0; sample < labels.length; sample++) {
            if (predicted[sample] == labels[sample]) {
                continue;
            }
            float c = confidence[sample];
            if (size == keep && (keep == 0 || c <= confidence[top[keep - 1]])) {
                continue;
            }
            // insert into the kept list, sorted surest first; when full, the least sure one drops out
            int at = size < keep ? size++ : keep - 1;
            while (at > 0 && c > confidence[top[at - 1]]) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = sample;
        }
        return top;
    }
}
