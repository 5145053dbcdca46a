package org.neurite.web.simd;

import org.neurite.engine.random.Rng;
import org.neurite.engine.tensor.Gemm;
import org.neurite.engine.tensor.MatrixKernel;
import org.neurite.engine.tensor.ReferenceGemm;
import org.teavm.jso.JSBody;

/**
 * The browser's matrix kernels against {@link ReferenceGemm}, bit for bit, on odd shapes (bundle entry
 * {@code kernelcheck}, run in a worker by kernel-check.html, since the SIMD kernel starts only in a worker):
 * the SIMD kernel and the scalar 4x4 kernel, each product in its three transposition variants.
 * Posts whether SIMD ran, how many products were compared, and the mismatches.
 */
public final class KernelCheck {
    /** m, k, n: edges of every block size (4 and 8 columns, 4 rows), k = 0, empty results, W1's shape. */
    private static final int[][] SHAPES = {
        {1, 1, 1}, {7, 13, 5}, {4, 4, 8}, {5, 0, 3}, {3, 0, 9}, {0, 3, 2}, {2, 3, 0}, {9, 257, 17}, {3, 2, 9},
        {65, 129, 33}, {1, 9, 4}, {6, 600, 10}, {64, 784, 128}, {11, 31, 15}, {8, 1, 16},
    };

    private KernelCheck() {
    }

    public static void main(String[] args) {
        boolean simd = KernelChoice.simdReady();
        String[] names = simd ? new String[] {"simd", "scalar"} : new String[] {"scalar"};
        MatrixKernel[] kernels = simd
                ? new MatrixKernel[] {new SimdKernel(), Gemm.registerBlockedKernel()}
                : new MatrixKernel[] {Gemm.registerBlockedKernel()};
        StringBuilder failures = new StringBuilder();
        int compared = 0;
        for (int[] shape : SHAPES) {
            for (int variant = 0; variant < 3; variant++) {
                for (int kernel = 0; kernel < kernels.length; kernel++) {
                    String failure = compare(kernels[kernel], shape[0], shape[1], shape[2], variant);
                    compared++;
                    if (failure != null) {
                        failures.append(names[kernel]).append(' ').append(failure).append('\n');
                    }
                }
            }
        }
        post(simd, compared, failures.toString());
    }

    /** Null when the kernel's product equals the reference bit for bit, else what differs. */
    private static String compare(MatrixKernel kernel, int m, int k, int n, int variant) {
        Rng rng = new Rng(1 + m * 1000 + k * 10 + n + variant);
        float[] a = random(m * k, rng);
        float[] b = random(k * n, rng);
        float[] expected = new float[m * n];
        float[] actual = random(m * n, rng); // garbage: the kernel must overwrite every element
        String name;
        if (variant == 0) {
            name = "nn";
            ReferenceGemm.nn(a, b, expected, m, k, n);
        } else if (variant == 1) {
            name = "tn";
            ReferenceGemm.tn(a, b, expected, m, k, n);
        } else {
            name = "nt";
            ReferenceGemm.nt(a, b, expected, m, k, n);
        }
        kernel.multiply(a, b, actual, m, k, n, variant == 1, variant == 2);
        for (int i = 0; i < expected.length; i++) {
            if (Float.floatToRawIntBits(expected[i]) != Float.floatToRawIntBits(actual[i])) {
                return name + " " + m + "x" + k + "x" + n + ": element " + i + " is " + actual[i] + ", expected "
                        + expected[i];
            }
        }
        return null;
    }

    private static float[] random(int size, Rng rng) {
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = rng.uniform(-1f, 1f);
        }
        return values;
    }

    @JSBody(params = {"simd", "compared", "failures"},
            script = "self.postMessage({ type: 'kernel-check', simd: simd, compared: compared, failures: failures });")
    private static native void post(boolean simd, int compared, String failures);
}
