package org.neurite.engine.tensor;

/**
 * C = A . B^T on the JVM when C is tall and too narrow for the streaming kernel (a convolution's transposed weight
 * gradient: 200 x 16 from patches 200 x 4,096). It computes the wide transpose instead, C^T = B . A^T, with A
 * transposed once in cache-sized tiles, then transposes the small result back: about twice as fast as the
 * register-blocked kernel there (measured in bench/README.md). Each element is still the sum over the shared index
 * in increasing order of the same products (a float product does not depend on its operands' order), so the result
 * is bit-identical to {@link ReferenceGemm}.
 */
final class NarrowResultProduct {
    /** Side of the square tiles A is transposed in: two tiles stay in the first-level cache. */
    private static final int TILE = 32;

    private float[] aTransposed = new float[0];
    private float[] cTransposed = new float[0];

    /** C[m x n] = A[m x k] . B[n x k]^T, through {@code wide}'s C^T[n x m] = B[n x k] . A^T[k x m]. */
    void nt(MatrixKernel wide, float[] a, float[] b, float[] c, int m, int k, int n) {
        if (aTransposed.length < k * m) {
            aTransposed = new float[k * m];
        }
        if (cTransposed.length < n * m) {
            cTransposed = new float[n * m];
        }
        transpose(a, aTransposed, m, k);
        wide.multiply(b, aTransposed, cTransposed, n, k, m, false, false);
        transpose(cTransposed, c, n, m);
    }

    /** to[cols x rows] = from[rows x cols]^T, tile by tile so that both sides stay in the cache. */
    static void transpose(float[] from, float[] to, int rows, int cols) {
        for (int i0 = 0; i0 < rows; i0 += TILE) {
            int iEnd = Math.min(rows, i0 + TILE);
            for (int j0 = 0; j0 < cols; j0 += TILE) {
                int jEnd = Math.min(cols, j0 + TILE);
                for (int i = i0; i < iEnd; i++) {
                    int row = i * cols;
                    for (int j = j0; j < jEnd; j++) {
                        to[j * rows + i] = from[row + j];
                    }
                }
            }
        }
    }
}
