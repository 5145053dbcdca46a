package org.neurite.engine.tensor;

import java.util.function.Supplier;

/**
 * The matrix products the layers need, on row-major {@code float[]} matrices; every result is overwritten.
 *
 * <p>Each kernel is the fastest measured where it is used: {@link RowStreamingKernel} on the JVM, whose JIT
 * vectorises it; {@link RegisterBlockedKernel} in the browser builds, where nothing is vectorised and registers are
 * what count, and on the JVM for results too narrow to fill a vector loop; and in the browser's training worker a
 * WebAssembly SIMD kernel the web module installs ({@link #useInBrowser}). All sum every element in the order of
 * the shared index, so they agree with {@link ReferenceGemm}, and with each other, bit for bit: a model trains to
 * the same weights on both sides.
 *
 * <p>An instance owns its kernel's buffers: each layer keeps one, and nothing is allocated per batch.
 */
public final class Gemm {
    /** Below this many result columns the streaming kernel's vector loops are too short to pay (measured). */
    private static final int STREAMING_MIN_COLUMNS = 32;

    /** The browser build's kernel for every product when the page installed one; null: the default. */
    private static Supplier<? extends MatrixKernel> browserKernels;

    private final MatrixKernel wide;
    private final MatrixKernel narrow;
    /** The JVM's wide kernel, which takes B a row at a time; null in the browser build. */
    private final RowStreamingKernel streaming;
    /** B written out from its rows, for a kernel that needs it whole. */
    private float[] operand = new float[0];

    public Gemm() {
        if (inBrowserBuild()) {
            Supplier<? extends MatrixKernel> installed = browserKernels;
            this.narrow = installed != null ? installed.get() : new RegisterBlockedKernel();
            this.wide = narrow;
            this.streaming = null;
        } else {
            this.narrow = new RegisterBlockedKernel();
            this.streaming = new RowStreamingKernel();
            this.wide = streaming;
        }
    }

    /** Every product by the one kernel given (tests). */
    Gemm(MatrixKernel kernel) {
        this.wide = kernel;
        this.narrow = kernel;
        this.streaming = kernel instanceof RowStreamingKernel rows ? rows : null;
    }

    /**
     * Makes every {@code Gemm} created from now on in the browser build use a kernel from {@code kernels} (one
     * instance each, since a kernel owns its buffers): the browser can bring one that plain Java cannot express,
     * such as WebAssembly SIMD. It must sum in the order of the shared index, like every kernel here.
     * Null restores the default. No effect on the JVM.
     */
    public static void useInBrowser(Supplier<? extends MatrixKernel> kernels) {
        browserKernels = kernels;
    }

    /** The scalar kernel the browser build uses by default, for comparisons and fallbacks. */
    public static MatrixKernel registerBlockedKernel() {
        return new RegisterBlockedKernel();
    }

    /**
     * Whether a product with {@code n} result columns runs on the JVM's streaming kernel, which wants its operands
     * untransposed: a caller that can lay an operand out either way picks by this.
     */
    public boolean streams(int n) {
        return wide != narrow && n >= STREAMING_MIN_COLUMNS;
    }

    private MatrixKernel kernel(int n) {
        return n >= STREAMING_MIN_COLUMNS ? wide : narrow;
    }

    /** TeaVM's class library names its operating system "TeaVM"; a JVM never does. */
    static boolean inBrowserBuild() {
        return "TeaVM".equals(System.getProperty("os.name"));
    }

    /** C[m x n] = A[m x k] . B[k x n]. */
    public void nn(float[] a, float[] b, float[] c, int m, int k, int n) {
        kernel(n).multiply(a, b, c, m, k, n, false, false);
    }

    /**
     * C[m x n] = A[m x k] . B[k x n] with B's rows made by {@code b}: the streaming kernel takes them as it needs
     * them, so B is never stored; other kernels get it written out once.
     */
    public void nn(float[] a, RowSource b, float[] c, int m, int k, int n) {
        if (streaming != null && kernel(n) == streaming) {
            streaming.multiply(a, b, c, m, k, n);
            return;
        }
        if (operand.length < k * n) {
            operand = new float[k * n];
        }
        for (int p = 0; p < k; p++) {
            b.copyRow(p, 0, n, operand, p * n);
        }
        nn(a, operand, c, m, k, n);
    }

    /** C[m x n] = A^T . B where A is [k x m] and B is [k x n] (weight gradients: X^T . dZ). */
    public void tn(float[] a, float[] b, float[] c, int m, int k, int n) {
        kernel(n).multiply(a, b, c, m, k, n, true, false);
    }

    /** C[m x n] = A . B^T where A is [m x k] and B is [n x k] (input gradients: dZ . W^T). */
    public void nt(float[] a, float[] b, float[] c, int m, int k, int n) {
        kernel(n).multiply(a, b, c, m, k, n, false, true);
    }

    /** Adds {@code bias[j]} to column j of every row of {@code c[rows x n]}. */
    public static void addRowVector(float[] c, float[] bias, int rows, int n) {
        for (int i = 0; i < rows; i++) {
            int ci = i * n;
            for (int j = 0; j < n; j++) {
                c[ci + j] += bias[j];
            }
        }
    }

    /** {@code sums[j]} = sum over rows of column j of {@code a[rows x n]} (bias gradients). */
    public static void columnSums(float[] a, float[] sums, int rows, int n) {
        for (int j = 0; j < n; j++) {
            sums[j] = 0f;
        }
        for (int i = 0; i < rows; i++) {
            int ai = i * n;
            for (int j = 0; j < n; j++) {
                sums[j] += a[ai + j];
            }
        }
    }
}
