package org.neurite.engine.train;

/**
 * How long a whole run will take, from the speed a short warm-up of the same recipe measured: every epoch's
 * training samples, plus the test set scored after each epoch. Scoring is a forward pass only, about a third
 * of a training step (forward, then backward for the inputs and for the weights, each about as costly).
 */
public final class RunEstimate {
    private RunEstimate() {
    }

    /** Seconds to the end of {@code recipe}'s run; NaN when the speed is not a positive number. */
    public static float seconds(Recipe recipe, int trainSize, int testSize, double samplesPerSecond) {
        if (!(samplesPerSecond > 0) || Double.isInfinite(samplesPerSecond)) {
            return Float.NaN;
        }
        int samples = recipe.limit() > 0 ? Math.min(recipe.limit(), trainSize) : trainSize;
        double perEpoch = samples + testSize / 3.0;
        return (float) (recipe.epochs() * perEpoch / samplesPerSecond);
    }
}
