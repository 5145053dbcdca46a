package org.neurite.engine.lessons;

import org.neurite.engine.loss.BinaryCrossEntropy;
import org.neurite.engine.loss.MeanSquaredError;

/**
 * A loss with one term per example, as lesson 4 tabulates it: the squared errors of MSE (in its 1/n and
 * 1/2n forms) and the -[t log p + (1 - t) log(1 - p)] terms of binary cross-entropy.
 */
public final class LossBreakdown {
    private final double[] terms;
    private final double total;

    private LossBreakdown(double[] terms, double total) {
        this.terms = terms;
        this.total = total;
    }

    /** MSE with the 1/n in front: J = (1/n) sum (y - t)^2. */
    public static LossBreakdown meanSquared(double[] predicted, double[] actual) {
        requireSameLength(predicted, actual);
        return new LossBreakdown(squaredErrors(predicted, actual), MeanSquaredError.mean(predicted, actual));
    }

    /** MSE with 1/2n in front, whose derivative (y - t)/n has no factor 2. */
    public static LossBreakdown halfMeanSquared(double[] predicted, double[] actual) {
        requireSameLength(predicted, actual);
        return new LossBreakdown(squaredErrors(predicted, actual), MeanSquaredError.half(predicted, actual));
    }

    /**
     * Binary cross-entropy of probabilities {@code predicted} against 0/1 labels {@code actual}. A
     * probability of exactly 0 or 1 on the wrong side gives an infinite term, as the formula says.
     */
    public static LossBreakdown binaryCrossEntropy(double[] predicted, double[] actual) {
        requireSameLength(predicted, actual);
        for (int i = 0; i < predicted.length; i++) {
            if (!(predicted[i] >= 0 && predicted[i] <= 1)) {
                throw new IllegalArgumentException("prediction " + (i + 1) + " is " + predicted[i]
                        + "; a predicted probability must be between 0 and 1");
            }
            if (actual[i] != 0 && actual[i] != 1) {
                throw new IllegalArgumentException("label " + (i + 1) + " is " + actual[i]
                        + "; binary cross-entropy needs labels 0 or 1");
            }
        }
        double[] terms = new double[predicted.length];
        double total = BinaryCrossEntropy.ofProbabilities(predicted, actual, terms);
        return new LossBreakdown(terms, total);
    }

    private static double[] squaredErrors(double[] predicted, double[] actual) {
        double[] terms = new double[predicted.length];
        for (int i = 0; i < terms.length; i++) {
            double d = predicted[i] - actual[i];
            terms[i] = d * d;
        }
        return terms;
    }

    private static void requireSameLength(double[] predicted, double[] actual) {
        if (predicted.length != actual.length || predicted.length == 0) {
            throw new IllegalArgumentException("need one prediction per actual value, and at least one: got "
                    + predicted.length + " predictions and " + actual.length + " actual values");
        }
    }

    /** The term of example {@code index}. */
    public double term(int index) {
        return terms[index];
    }

    public int count() {
        return terms.length;
    }

    /** J, the loss over all examples. */
    public double total() {
        return total;
    }
}
