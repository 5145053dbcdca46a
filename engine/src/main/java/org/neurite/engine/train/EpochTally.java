package org.neurite.engine.train;

/**
 * What an epoch has trained so far: samples, their summed loss, how many were classified right, and since when,
 * for the mean loss, training accuracy and speed its events report. Restarted with each epoch.
 */
final class EpochTally {
    private double lossSum;
    private int correct;
    private int samples;
    private long startNanos = -1;

    void restart() {
        lossSum = 0;
        correct = 0;
        samples = 0;
        startNanos = -1;
    }

    /** Starts the clock at the epoch's first batch, not when the epoch was set up. */
    void batchStarts() {
        if (startNanos < 0) {
            startNanos = System.nanoTime();
        }
    }

    void add(int count, float batchLoss, int correctInBatch) {
        samples += count;
        lossSum += (double) batchLoss * count;
        correct += correctInBatch;
    }

    float meanLoss() {
        return (float) (lossSum / samples);
    }

    /** The share classified right, or NaN before the first batch or for a regression. */
    float accuracy(boolean classification) {
        return classification && samples > 0 ? (float) correct / samples : Float.NaN;
    }

    float samplesPerSecond() {
        if (startNanos < 0 || samples == 0) {
            return Float.NaN;
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return seconds > 0 ? (float) (samples / seconds) : Float.NaN;
    }
}
