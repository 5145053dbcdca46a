package org.neurite.web.simd;

import java.util.Arrays;
import org.neurite.engine.random.Rng;
import org.neurite.engine.tensor.Gemm;
import org.neurite.engine.tensor.MatrixKernel;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Performance;

/**
 * The kernels' micro-benchmark (bundle entry {@code kernelbench}, run in a worker by kernel-bench.html): W1's
 * matrix products timed with the scalar 4x4 kernel, the SIMD kernel including its copies, and the copies alone;
 * medians of several trials, and whether SIMD and scalar agree bit for bit. Posts one text report.
 */
public final class KernelBench {
    private static final int TRIALS = 7;
    /** Each trial repeats the product for about this long, so the timer's resolution does not matter. */
    private static final double TRIAL_MS = 60;

    /**
     * m, k, n, transA, transB, in W1's step: the forward, weight-gradient and input-gradient products of both
     * layers. The first layer's input gradient is timed but not summed: training never computes it.
     */
    private static final int[][] SHAPES = {
        {64, 784, 128, 0, 0, 1}, {784, 64, 128, 1, 0, 1}, {64, 128, 784, 0, 1, 0},
        {64, 128, 10, 0, 0, 1}, {128, 64, 10, 1, 0, 1}, {64, 10, 128, 0, 1, 1},
    };

    private KernelBench() {
    }

    public static void main(String[] args) {
        StringBuilder report = new StringBuilder();
        boolean ready = KernelChoice.simdReady();
        report.append("simd module ready: ").append(ready).append('\n');
        if (ready) {
            report.append(String.format("%-22s %10s %10s %10s %8s %s\n", "product m x k x n", "scalar ms",
                    "simd ms", "copies ms", "ratio", "bit-identical"));
            double scalarSum = 0;
            double simdSum = 0;
            for (int[] shape : SHAPES) {
                double[] row = measure(shape, report);
                if (shape[5] == 0) {
                    continue;
                }
                scalarSum += row[0];
                simdSum += row[1];
            }
            report.append(String.format("W1 step's products: scalar %.3f ms, simd %.3f ms; scalar/simd %.2f\n",
                    scalarSum, simdSum, scalarSum / simdSum));
        }
        post(report.toString());
    }

    private static double[] measure(int[] shape, StringBuilder report) {
        int m = shape[0];
        int k = shape[1];
        int n = shape[2];
        boolean transA = shape[3] == 1;
        boolean transB = shape[4] == 1;
        Rng rng = new Rng(m + 31 * k + 961 * n);
        float[] a = random(m * k, rng);
        float[] b = random(k * n, rng);
        float[] scalarC = new float[m * n];
        float[] simdC = new float[m * n];
        MatrixKernel scalar = Gemm.registerBlockedKernel();
        MatrixKernel simd = new SimdKernel();
        MatrixKernel copies = new SimdKernel(false);
        double scalarMs = median(scalar, a, b, scalarC, shape);
        double simdMs = median(simd, a, b, simdC, shape);
        double copyMs = median(copies, a, b, new float[m * n], shape);
        scalar.multiply(a, b, scalarC, m, k, n, transA, transB);
        simd.multiply(a, b, simdC, m, k, n, transA, transB);
        boolean same = Arrays.equals(bits(scalarC), bits(simdC));
        String name = (transA ? "tn " : transB ? "nt " : "nn ") + m + " x " + k + " x " + n;
        report.append(String.format("%-22s %10.3f %10.3f %10.3f %8.2f %s\n", name, scalarMs, simdMs, copyMs,
                scalarMs / simdMs, same));
        return new double[] {scalarMs, simdMs};
    }

    /** Median over the trials of the time of one product, in ms. */
    private static double median(MatrixKernel kernel, float[] a, float[] b, float[] c, int[] s) {
        kernel.multiply(a, b, c, s[0], s[1], s[2], s[3] == 1, s[4] == 1);
        double[] trials = new double[TRIALS];
        for (int t = 0; t < TRIALS; t++) {
            int reps = 0;
            double start = Performance.now();
            double elapsed;
            do {
                kernel.multiply(a, b, c, s[0], s[1], s[2], s[3] == 1, s[4] == 1);
                reps++;
                elapsed = Performance.now() - start;
            } while (elapsed < TRIAL_MS);
            trials[t] = elapsed / reps;
        }
        Arrays.sort(trials);
        return trials[TRIALS / 2];
    }

    private static float[] random(int size, Rng rng) {
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = rng.uniform(-1f, 1f);
        }
        return values;
    }

    private static int[] bits(float[] values) {
        int[] bits = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
        }
        return bits;
    }

    @JSBody(params = "text", script = "self.postMessage({ type: 'kernel-bench', text: text });")
    private static native void post(String text);
}
