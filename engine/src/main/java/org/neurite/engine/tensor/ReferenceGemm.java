package org.neurite.engine.tensor;

/**
 * Straightforward matrix products with the same contracts as {@link Gemm}: the trusted reference the fast
 * kernels are tested against, and the naive baseline of the benchmarks.
 */
public final class ReferenceGemm {
    private ReferenceGemm() {
    }

    /** C[m x n] = A[m x k] . B[k x n], in i-k-j order. */
    public static void nn(float[] a, float[] b, float[] c, int m, int k, int n) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                c[i * n + j] = 0f;
            }
            for (int p = 0; p < k; p++) {
                float x = a[i * k + p];
                for (int j = 0; j < n; j++) {
                    c[i * n + j] += x * b[p * n + j];
                }
            }
        }
    }

    /** C[m x n] = A^T . B where A is [k x m]. */
    public static void tn(float[] a, float[] b, float[] c, int m, int k, int n) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float s = 0f;
                for (int p = 0; p < k; p++) {
                    s += a[p * m + i] * b[p * n + j];
                }
                c[i * n + j] = s;
            }
        }
    }

    /** C[m x n] = A . B^T where B is [n x k]. */
    public static void nt(float[] a, float[] b, float[] c, int m, int k, int n) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float s = 0f;
                for (int p = 0; p < k; p++) {
                    s += a[i * k + p] * b[j * k + p];
                }
                c[i * n + j] = s;
            }
        }
    }
}
