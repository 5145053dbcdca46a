package org.neurite.engine.train;

/**
 * The smoothed line TensorBoard draws through a noisy per-batch loss: an exponential moving average
 * s = w s + (1 - w) x, divided by (1 - w^n) after n values so the line starts at the first values instead of
 * creeping up from zero.
 */
public final class ExponentialSmoothing {
    private final float weight;
    private double average;
    private double debias = 1;

    /** {@code weight} in [0, 1): 0 follows every value, 0.9 averages over about the last ten. */
    public ExponentialSmoothing(float weight) {
        if (!(weight >= 0f && weight < 1f)) {
            throw new IllegalArgumentException("smoothing weight " + weight + " must be at least 0 and below 1 "
                    + "(try 0.9)");
        }
        this.weight = weight;
    }

    /** Adds {@code value} and returns the smoothed value so far; a non-finite value is skipped (NaN returned). */
    public float add(float value) {
        if (Float.isNaN(value) || Float.isInfinite(value)) {
            return Float.NaN;
        }
        average = weight * average + (1 - weight) * value;
        debias *= weight;
        return (float) (average / (1 - debias));
    }

    /** Forgets every value (a new run). */
    public void reset() {
        average = 0;
        debias = 1;
    }
}
