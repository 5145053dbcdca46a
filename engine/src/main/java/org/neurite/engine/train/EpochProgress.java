package org.neurite.engine.train;

/**
 * How far into its epoch a run is and how long the rest of the epoch will take at the current speed, from
 * a batch event: what a progress bar with an ETA shows.
 */
public final class EpochProgress {
    private final float fraction;
    private final float secondsLeft;

    private EpochProgress(float fraction, float secondsLeft) {
        this.fraction = fraction;
        this.secondsLeft = secondsLeft;
    }

    /**
     * @param batch            batches done in this epoch (the event's {@code batch})
     * @param batchSize        samples per batch
     * @param trainSize        samples per epoch
     * @param samplesPerSecond the event's speed (NaN when unknown: then so is the time left)
     */
    public static EpochProgress of(int batch, int batchSize, int trainSize, float samplesPerSecond) {
        if (batchSize < 1 || trainSize < 1) {
            throw new IllegalArgumentException("batch size " + batchSize + " and training set size " + trainSize
                    + " must both be at least 1");
        }
        int done = (int) Math.min((long) Math.max(0, batch) * batchSize, trainSize);
        float left = trainSize - done;
        float seconds = samplesPerSecond > 0f ? left / samplesPerSecond : Float.NaN;
        return new EpochProgress((float) done / trainSize, seconds);
    }

    /** Share of the epoch done, in [0, 1]. */
    public float fraction() {
        return fraction;
    }

    /** Seconds until the epoch ends at the current speed; NaN when the speed is not known yet. */
    public float secondsLeft() {
        return secondsLeft;
    }

    /** The time left as a person reads it: "12 s", "3 min 5 s", or "" when it is not known. */
    public String timeLeftText() {
        return durationText(secondsLeft);
    }

    /** A duration as a person reads it: "12 s", "3 min 5 s", or "" for NaN. */
    public static String durationText(float secondsFloat) {
        if (Float.isNaN(secondsFloat)) {
            return "";
        }
        int seconds = Math.round(secondsFloat);
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }
}
