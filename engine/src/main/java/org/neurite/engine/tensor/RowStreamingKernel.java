package org.neurite.engine.tensor;

import java.util.Arrays;

/**
 * The kernel for the JVM: a block of C's rows is held in row arrays and every row of B is streamed past four of
 * them at a time, {@code c_r[j] += a_r * b[j]}. Each inner loop indexes all its arrays with the same j, which is
 * the shape the JIT turns into SIMD instructions (with an offset it cannot prove the arrays apart and stays
 * scalar); measured at about twice the register-blocked kernel on the JVM. Every element is summed in the order
 * of the shared index, so results are bit-identical to {@link ReferenceGemm} and to the browser's kernel.
 */
final class RowStreamingKernel implements MatrixKernel {
    /** Columns of C per block: four rows of it and a row of B stay in the first-level cache. */
    private static final int COLUMNS = 128;
    /** Rows of C per block. */
    private static final int ROWS = 32;

    private final float[][] rows = new float[ROWS][COLUMNS];
    private final float[] bRow = new float[COLUMNS];
    private float[] bTransposed = new float[0];

    @Override
    public void multiply(float[] a, float[] b, float[] c, int m, int k, int n, boolean transA, boolean transB) {
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
                for (int p = 0; p < k; p++) {
                    if (transB) {
                        System.arraycopy(bTransposed, p * width, bRow, 0, width);
                    } else {
                        System.arraycopy(b, p * n + j0, bRow, 0, width);
                    }
                    accumulate(a, m, k, i0, height, p, width, transA);
                }
                for (int r = 0; r < height; r++) {
                    System.arraycopy(rows[r], 0, c, (i0 + r) * n + j0, width);
                }
            }
        }
    }

    /** rows[r] += A(i0 + r, p) * bRow for the block's rows, four at a time. */
    private void accumulate(float[] a, int m, int k, int i0, int height, int p, int width, boolean transA) {
        float[] b = bRow;
        int r = 0;
        for (; r + 4 <= height; r += 4) {
            int i = i0 + r;
            float a0 = transA ? a[p * m + i] : a[i * k + p];
            float a1 = transA ? a[p * m + i + 1] : a[(i + 1) * k + p];
            float a2 = transA ? a[p * m + i + 2] : a[(i + 2) * k + p];
            float a3 = transA ? a[p * m + i + 3] : a[(i + 3) * k + p];
            float[] c0 = rows[r];
            float[] c1 = rows[r + 1];
            float[] c2 = rows[r + 2];
            float[] c3 = rows[r + 3];
            for (int j = 0; j < width; j++) {
                float bj = b[j];
                c0[j] += a0 * bj;
                c1[j] += a1 * bj;
                c2[j] += a2 * bj;
                c3[j] += a3 * bj;
            }
        }
        for (; r < height; r++) {
            int i = i0 + r;
            float ar = transA ? a[p * m + i] : a[i * k + p];
            float[] cr = rows[r];
            for (int j = 0; j < width; j++) {
                cr[j] += ar * b[j];
            }
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
