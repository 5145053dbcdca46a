package org.neurite.engine.tensor;

/**
 * The kernel for the browser builds: operands are packed into 4-wide panels and multiplied by a 4x4
 * register-blocked micro-kernel, so sixteen accumulators stay in registers while the shared dimension streams
 * by and each loaded value feeds four multiply-adds. Wasm has no auto-vectorisation, so this is what makes the
 * browser fast. The shared dimension is cut into blocks that fit the cache; partial sums are stored as floats
 * and continued in the same order, which keeps every result bit-identical to {@link ReferenceGemm}.
 */
final class RegisterBlockedKernel implements MatrixKernel {
    private static final int BLOCK = 4;
    private static final int DEPTH = 256;

    private float[] packedA = new float[BLOCK * DEPTH];
    private float[] packedB = new float[0];
    private final float[] edge = new float[BLOCK * BLOCK];

    @Override
    public void multiply(float[] a, float[] b, float[] c, int m, int k, int n, boolean transA, boolean transB) {
        if (k == 0) {
            for (int i = 0, size = m * n; i < size; i++) {
                c[i] = 0f;
            }
            return;
        }
        int panels = (n + BLOCK - 1) / BLOCK;
        for (int p0 = 0; p0 < k; p0 += DEPTH) {
            int depth = Math.min(DEPTH, k - p0);
            packB(b, k, n, p0, depth, panels, transB);
            for (int i0 = 0; i0 < m; i0 += BLOCK) {
                packA(a, m, k, i0, p0, depth, transA);
                for (int panel = 0; panel < panels; panel++) {
                    kernel(c, m, n, i0, panel * BLOCK, panel * depth * BLOCK, depth, p0 > 0);
                }
            }
        }
    }

    /** packedA[p * 4 + r] = A(i0 + r, p0 + p), zero beyond the last row. Reads follow memory order. */
    private void packA(float[] a, int m, int k, int i0, int p0, int depth, boolean transA) {
        float[] ap = packedA;
        int rows = Math.min(BLOCK, m - i0);
        if (transA) {
            for (int p = 0; p < depth; p++) {
                int from = (p0 + p) * m + i0;
                int to = p * BLOCK;
                for (int r = 0; r < BLOCK; r++) {
                    ap[to + r] = r < rows ? a[from + r] : 0f;
                }
            }
            return;
        }
        for (int r = 0; r < BLOCK; r++) {
            int row = (i0 + r) * k + p0;
            for (int p = 0; p < depth; p++) {
                ap[p * BLOCK + r] = r < rows ? a[row + p] : 0f;
            }
        }
    }

    /**
     * packedB[(panel * depth + p) * 4 + col] = B(p0 + p, panel * 4 + col), zero beyond the last column.
     * Reads follow memory order (row by row, or for B^T column by column).
     */
    private void packB(float[] b, int k, int n, int p0, int depth, int panels, boolean transB) {
        int size = panels * depth * BLOCK;
        if (packedB.length < size) {
            packedB = new float[size];
        }
        float[] bp = packedB;
        if (transB) {
            for (int j = 0; j < panels * BLOCK; j++) {
                int base = (j / BLOCK) * depth * BLOCK + j % BLOCK;
                int row = j * k + p0;
                for (int p = 0; p < depth; p++) {
                    bp[base + p * BLOCK] = j < n ? b[row + p] : 0f;
                }
            }
            return;
        }
        for (int p = 0; p < depth; p++) {
            int row = (p0 + p) * n;
            for (int panel = 0; panel < panels; panel++) {
                int to = (panel * depth + p) * BLOCK;
                int j = panel * BLOCK;
                if (j + BLOCK <= n) {
                    bp[to] = b[row + j];
                    bp[to + 1] = b[row + j + 1];
                    bp[to + 2] = b[row + j + 2];
                    bp[to + 3] = b[row + j + 3];
                } else {
                    for (int col = 0; col < BLOCK; col++) {
                        bp[to + col] = j + col < n ? b[row + j + col] : 0f;
                    }
                }
            }
        }
    }

    /** The 4x4 block of C at (i0, j0) from the packed panels; continues C's partial sums when asked. */
    private void kernel(float[] c, int m, int n, int i0, int j0, int bOffset, int depth, boolean accumulate) {
        boolean full = i0 + BLOCK <= m && j0 + BLOCK <= n;
        float c00 = 0f, c01 = 0f, c02 = 0f, c03 = 0f;
        float c10 = 0f, c11 = 0f, c12 = 0f, c13 = 0f;
        float c20 = 0f, c21 = 0f, c22 = 0f, c23 = 0f;
        float c30 = 0f, c31 = 0f, c32 = 0f, c33 = 0f;
        if (accumulate) {
            float[] e = load(c, m, n, i0, j0, full);
            c00 = e[0]; c01 = e[1]; c02 = e[2]; c03 = e[3];
            c10 = e[4]; c11 = e[5]; c12 = e[6]; c13 = e[7];
            c20 = e[8]; c21 = e[9]; c22 = e[10]; c23 = e[11];
            c30 = e[12]; c31 = e[13]; c32 = e[14]; c33 = e[15];
        }
        float[] ap = packedA;
        float[] bp = packedB;
        for (int q = 0, end = depth * BLOCK; q < end; q += BLOCK) {
            float a0 = ap[q], a1 = ap[q + 1], a2 = ap[q + 2], a3 = ap[q + 3];
            int bq = bOffset + q;
            float b0 = bp[bq], b1 = bp[bq + 1], b2 = bp[bq + 2], b3 = bp[bq + 3];
            c00 += a0 * b0; c01 += a0 * b1; c02 += a0 * b2; c03 += a0 * b3;
            c10 += a1 * b0; c11 += a1 * b1; c12 += a1 * b2; c13 += a1 * b3;
            c20 += a2 * b0; c21 += a2 * b1; c22 += a2 * b2; c23 += a2 * b3;
            c30 += a3 * b0; c31 += a3 * b1; c32 += a3 * b2; c33 += a3 * b3;
        }
        if (full) {
            int o = i0 * n + j0;
            c[o] = c00; c[o + 1] = c01; c[o + 2] = c02; c[o + 3] = c03;
            o += n;
            c[o] = c10; c[o + 1] = c11; c[o + 2] = c12; c[o + 3] = c13;
            o += n;
            c[o] = c20; c[o + 1] = c21; c[o + 2] = c22; c[o + 3] = c23;
            o += n;
            c[o] = c30; c[o + 1] = c31; c[o + 2] = c32; c[o + 3] = c33;
            return;
        }
        float[] e = edge;
        e[0] = c00; e[1] = c01; e[2] = c02; e[3] = c03;
        e[4] = c10; e[5] = c11; e[6] = c12; e[7] = c13;
        e[8] = c20; e[9] = c21; e[10] = c22; e[11] = c23;
        e[12] = c30; e[13] = c31; e[14] = c32; e[15] = c33;
        for (int r = 0; r < BLOCK && i0 + r < m; r++) {
            for (int col = 0; col < BLOCK && j0 + col < n; col++) {
                c[(i0 + r) * n + j0 + col] = e[r * BLOCK + col];
            }
        }
    }

    /** The current 4x4 block of C (zeros outside the matrix). */
    private float[] load(float[] c, int m, int n, int i0, int j0, boolean full) {
        float[] e = edge;
        for (int r = 0; r < BLOCK; r++) {
            for (int col = 0; col < BLOCK; col++) {
                boolean inside = full || (i0 + r < m && j0 + col < n);
                e[r * BLOCK + col] = inside ? c[(i0 + r) * n + j0 + col] : 0f;
            }
        }
        return e;
    }
}
