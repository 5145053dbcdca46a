package org.neurite.web.worker;

/**
 * One timed run in the worker: {@code samples} trained on {@code workers} workers in {@code trainSeconds} (the
 * training loop alone), then the accuracy on the test set (NaN without one).
 */
public record BenchmarkResult(String name, String target, int workers, int samples, double trainSeconds,
                              double samplesPerSecond, double testAccuracy) {
}
