package org.neurite.bench;

/** One measured run: training throughput and the test accuracy reached. */
record Result(double samplesPerSecond, double testAccuracy) {
}
