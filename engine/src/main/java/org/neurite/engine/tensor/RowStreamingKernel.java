package org.neurite.engine.tensor;

import java.util.Arrays;

/**
 * The kernel for the JVM: a block of C's rows is held in row arrays, and four rows of B at a time are streamed
 * past each of them: {@code c[j] = c[j] + a0 * b0[j] + a1 * b1[j] + a2 * b2[j] + a3 * b3[j]}. Every inner loop
 * indexes all its arrays with the same j, which is the shape the JIT turns into SIMD instructions (with an
 * offset it cannot prove the arrays apart and stays scalar), and each load and store of C now serves four
 * multiply-adds. Measured at 1.5 to 3 times the register-blocked kernel on the JVM. Java adds left to right, so
 * every element is still summed in the order of the shared index: results are bit-identical to
 * {@link ReferenceGemm} and to the browser's kernel.
 */
final class RowStreamingKernel implements MatrixKernel {
    /** Columns of C per block: a row of it and four rows of B stay in the first-level cache. */
    private static final int COLUMNS = 128;
    /** Rows of C per block. */
    private static final int ROWS = 32;
    /** Rows of B per pass over C. */
    private static final int DEPTH = 4;

    private final float[][] rows = new float[ROWS][COLUMNS];
    private final float[][] bRows = new float[DEPTH][COLUMNS];
    private float[] bTransposed = new float[0];

    @Override
    public void multiply(float[] a, float[] b, float[] c, int m, int k, int n, boolean transA, boolean transB) {
        multiply(a, b, null, c, m, k, n, transA, transB);
    }

    /** C = op(A) . B with B's rows made by {@code source} as each block needs them. */
    void multiply(float[] a, RowSource source, float[] c, int m, int k, int n) {
        multiply(a, null, source, c, m, k, n, false, false);
    }

    /** B is {@code b}, or when that is null the rows of {@code source}. */
    private void multiply(float[] a, float[] b, RowSource source, float[] c, int m, int k, int n, boolean transA,
                          boolean transB) {
        for (int j0 = 0; j0 < n; j0 += COLUMNS) {
            int width = Math.min(COLUMNS, n - j0);
            if (transB) {
                transposeColumns(b, k, j0, width);
            }
            for (int i0 = 0; i0 < m; i0 += ROWS) {
                int height = Math.min(ROWS, m - i0);
                for (int r = 0; r < height; r++) {
                    Arrays.fill(rows[r], 0, width, 0f);
                }
                for (int p = 0; p < k; p += DEPTH) {
                    int depth = Math.min(DEPTH, k - p);
                    for (int q = 0; q < depth; q++) {
                        if (source != null) {
                            source.copyRow(p + q, j0, width, bRows[q], 0);
                        } else if (transB) {
                            System.arraycopy(bTransposed, (p + q) * width, bRows[q], 0, width);
                        } else {
                            System.arraycopy(b, (p + q) * n + j0, bRows[q], 0, width);
                        }
                    }
                    if (depth == DEPTH) {
                        accumulateFour(a, m, k, i0, height, p, width, transA);
                    } else {
                        for (int q = 0; q < depth; q++) {
                            accumulateOne(a, m, k, i0, height, p + q, bRows[q], width, transA);
                        }
                    }
                }
                for (int r = 0; r < height; r++) {
                    System.arraycopy(rows[r], 0, c, (i0 + r) * n + j0, width);
                }
            }
        }
    }

    private static float at(float[] a, int m, int k, int i, int p, boolean transA) {
        return transA ? a[p * m + i] : a[i * k + p];
    }

    /** rows[r] += A(i0 + r, p .. p + 3) . bRows for the block's rows, summed in the order of p. */
    private void accumulateFour(float[] a, int m, int k, int i0, int height, int p, int width, boolean transA) {
        for (int r = 0; r < height; r++) {
            int i = i0 + r;
            fourTerms(rows[r], at(a, m, k, i, p, transA), at(a, m, k, i, p + 1, transA),
                    at(a, m, k, i, p + 2, transA), at(a, m, k, i, p + 3, transA), bRows[0], bRows[1], bRows[2],
                    bRows[3], width);
        }
    }

    /** rows[r] += A(i0 + r, p) * b for the block's rows (the last few values of the shared index). */
    private void accumulateOne(float[] a, int m, int k, int i0, int height, int p, float[] b, int width,
                               boolean transA) {
        for (int r = 0; r < height; r++) {
            float[] c = rows[r];
            float ar = at(a, m, k, i0 + r, p, transA);
            for (int j = 0; j < width; j++) {
                c[j] += ar * b[j];
            }
        }
    }

    /**
     * c[j] += x0 * b0[j] + x1 * b1[j] + x2 * b2[j] + x3 * b3[j], added left to right. A method of its own with one
     * simple loop: inlined into a larger loop body the JIT was measured to leave it scalar, three times slower.
     */
    private static void fourTerms(float[] c, float x0, float x1, float x2, float x3, float[] b0, float[] b1,
                                  float[] b2, float[] b3, int width) {
        for (int j = 0; j < width; j++) {
            c[j] = c[j] + x0 * b0[j] + x1 * b1[j] + x2 * b2[j] + x3 * b3[j];
        }
    }

    /** bTransposed[p * width + j] = B^T(p, j0 + j) = b[(j0 + j) * k + p], read in memory order. */
    private void transposeColumns(float[] b, int k, int j0, int width) {
        if (bTransposed.length < k * width) {
            bTransposed = new float[k * width];
        }
        float[] t = bTransposed;
        for (int j = 0; j < width; j++) {
            int from = (j0 + j) * k;
            for (int p = 0; p < k; p++) {
                t[p * width + j] = b[from + p];
            }
        }
    }
}
