package org.neurite.bench;

/**
 * One measured run: training throughput, the test accuracy reached (NaN when the run timed only part of the
 * epoch), CPU time over wall time of the process during the run (NaN when not measured; about 1 for a
 * one-thread run that had a core to itself), and the threads it trains with.
 */
record Result(double samplesPerSecond, double testAccuracy, double cpuPerWall, String threads, String error) {
    static Result of(double samplesPerSecond, double testAccuracy, double cpuPerWall, String threads) {
        return new Result(samplesPerSecond, testAccuracy, cpuPerWall, threads, null);
    }

    static Result failed(String error) {
        return new Result(Double.NaN, Double.NaN, Double.NaN, "", error);
    }

    boolean ok() {
        return error == null;
    }
}
