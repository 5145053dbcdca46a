package org.neurite.web.worker;

import org.neurite.engine.train.TrainingEvent;

/**
 * Decides which metrics events go to the page. Batch events are time-throttled to one per
 * {@link #MIN_INTERVAL_MS} (at most 20 a second, whatever the batch rate: a small network trains thousands of
 * batches a second and the page only needs enough points to draw); epoch, done, stopped, diverged and error
 * events always go.
 */
public final class MetricsThrottle {
    /** Smallest gap between two batch events sent to the page, in milliseconds. */
    public static final double MIN_INTERVAL_MS = 50;

    private double lastBatchSentAt = Double.NEGATIVE_INFINITY;
    private boolean sendNextBatch;

    /** Whether {@code event}, happening at {@code nowMs}, is sent; a sent batch event starts a new interval. */
    public boolean admit(TrainingEvent event, double nowMs) {
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
    public void sendNextBatch() {
        sendNextBatch = true;
    }
}
