package org.neurite.engine.train;

/**
 * Decides which events a {@link RunHost} passes on. Batch events are time-throttled to one per
 * {@link #MIN_INTERVAL_MS} (at most 20 a second, whatever the batch rate: a small network trains thousands of
 * batches a second and a plot only needs enough points to draw); epoch, done, stopped, diverged and error
 * events always go.
 */
final class EventThrottle {
    /** Smallest gap between two batch events sent to the page, in milliseconds. */
    static final double MIN_INTERVAL_MS = 50;

    private double lastBatchSentAt = Double.NEGATIVE_INFINITY;
    private boolean sendNextBatch;

    /** Whether {@code event}, happening at {@code nowMs}, is sent; a sent batch event starts a new interval. */
    boolean admit(TrainingEvent event, double nowMs) {
        if (event.type() != TrainingEvent.Type.BATCH) {
            return true;
        }
        if (sendNextBatch || nowMs - lastBatchSentAt >= MIN_INTERVAL_MS) {
            sendNextBatch = false;
            lastBatchSentAt = nowMs;
            return true;
        }
        return false;
    }

    /** The next batch event goes whatever the time: the person asked for exactly that batch (a single step). */
    void sendNextBatch() {
        sendNextBatch = true;
    }
}
