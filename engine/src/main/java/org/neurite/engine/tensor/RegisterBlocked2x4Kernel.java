package org.neurite.engine.tensor;

/**
 * {@link RegisterBlockedKernel} with a 2x4 block instead of 4x4, shaped for V8's sixteen vector registers: eight
 * accumulators, two A values and four B values stay in registers where the 4x4 block's sixteen accumulators and
 * eight operands spill. Same packing of B, same order of every sum, so results are bit-identical to
 * {@link ReferenceGemm}.
 */
final class RegisterBlocked2x4Kernel implements MatrixKernel {
    private static final int ROWS = 2;
    private static final int COLS = 4;
    private static final int DEPTH = 256;

    private final float[] packedA = new float[ROWS * DEPTH];
    private float[] packedB = new float[0];
    private final float[] edge = new float[ROWS * COLS];

    @Override
    public void multiply(float[] a, float[] b, float[] c, int m, int k, int n, boolean transA, boolean transB) {
        if (k == 0) {
            for (int i = 0, size = m * n; i < size; i++) {
                c[i] = 0f;
            }
            return;
        }
        int panels = (n + COLS - 1) / COLS;
        for (int p0 = 0; p0 < k; p0 += DEPTH) {
            int depth = Math.min(DEPTH, k - p0);
            packB(b, k, n, p0, depth, panels, transB);
            for (int i0 = 0; i0 < m; i0 += ROWS) {
                packA(a, m, k, i0, p0, depth, transA);
                for (int panel = 0; panel < panels; panel++) {
                    kernel(c, m, n, i0, panel * COLS, panel * depth * COLS, depth, p0 > 0);
                }
            }
        }
    }

    /** packedA[p * 2 + r] = A(i0 + r, p0 + p), zero beyond the last row. */
    private void packA(float[] a, int m, int k, int i0, int p0, int depth, boolean transA) {
        float[] ap = packedA;
        int rows = Math.min(ROWS, m - i0);
        for (int r = 0; r < ROWS; r++) {
            boolean inside = r < rows;
            for (int p = 0; p < depth; p++) {
                int from = transA ? (p0 + p) * m + i0 + r : (i0 + r) * k + p0 + p;
                ap[p * ROWS + r] = inside ? a[from] : 0f;
            }
        }
    }

    /** packedB[(panel * depth + p) * 4 + col] = B(p0 + p, panel * 4 + col), zero beyond the last column. */
    private void packB(float[] b, int k, int n, int p0, int depth, int panels, boolean transB) {
        int size = panels * depth * COLS;
        if (packedB.length < size) {
            packedB = new float[size];
        }
        float[] bp = packedB;
        if (transB) {
            for (int j = 0; j < panels * COLS; j++) {
                int base = (j / COLS) * depth * COLS + j % COLS;
                int row = j * k + p0;
                for (int p = 0; p < depth; p++) {
                    bp[base + p * COLS] = j < n ? b[row + p] : 0f;
                }
            }
            return;
        }
        for (int p = 0; p < depth; p++) {
            int row = (p0 + p) * n;
            for (int panel = 0; panel < panels; panel++) {
                int to = (panel * depth + p) * COLS;
                int j = panel * COLS;
                for (int col = 0; col < COLS; col++) {
                    bp[to + col] = j + col < n ? b[row + j + col] : 0f;
                }
            }
        }
    }

    /** The 2x4 block of C at (i0, j0) from the packed panels; continues C's partial sums when asked. */
    private void kernel(float[] c, int m, int n, int i0, int j0, int bOffset, int depth, boolean accumulate) {
        boolean full = i0 + ROWS <= m && j0 + COLS <= n;
        float c00 = 0f, c01 = 0f, c02 = 0f, c03 = 0f;
        float c10 = 0f, c11 = 0f, c12 = 0f, c13 = 0f;
        float[] e = edge;
        if (accumulate) {
            for (int r = 0; r < ROWS; r++) {
                for (int col = 0; col < COLS; col++) {
                    boolean inside = i0 + r < m && j0 + col < n;
                    e[r * COLS + col] = inside ? c[(i0 + r) * n + j0 + col] : 0f;
                }
            }
            c00 = e[0]; c01 = e[1]; c02 = e[2]; c03 = e[3];
            c10 = e[4]; c11 = e[5]; c12 = e[6]; c13 = e[7];
        }
        float[] ap = packedA;
        float[] bp = packedB;
        int bq = bOffset;
        for (int q = 0, end = depth * ROWS; q < end; q += ROWS, bq += COLS) {
            float a0 = ap[q], a1 = ap[q + 1];
            float b0 = bp[bq], b1 = bp[bq + 1], b2 = bp[bq + 2], b3 = bp[bq + 3];
            c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
            c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
        }
        if (full) {
            int o = i0 * n + j0;
            c[o] = c00; c[o + 1] = c01; c[o + 2] = c02; c[o + 3] = c03;
            o += n;
            c[o] = c10; c[o + 1] = c11; c[o + 2] = c12; c[o + 3] = c13;
            return;
        }
        e[0] = c00; e[1] = c01; e[2] = c02; e[3] = c03;
        e[4] = c10; e[5] = c11; e[6] = c12; e[7] = c13;
        for (int r = 0; r < ROWS && i0 + r < m; r++) {
            for (int col = 0; col < COLS && j0 + col < n; col++) {
                c[(i0 + r) * n + j0 + col] = e[r * COLS + col];
            }
        }
    }
}
