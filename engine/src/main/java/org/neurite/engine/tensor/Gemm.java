package org.neurite.engine.tensor;

/**
 * The matrix products the layers need, on row-major {@code float[]} matrices; every result is overwritten.
 *
 * <p>Rows of the result are computed four at a time so that each row of the right-hand matrix is read
 * once per four output rows (register blocking); the inner loop is a plain stride-1 loop that the JIT and
 * TeaVM both compile well. {@link ReferenceGemm} holds the straightforward versions the tests compare with.
 * The order of float operations is fixed, so results are identical on every platform.
 */
public final class Gemm {
    private Gemm() {
    }

    /** C[m x n] = A[m x k] . B[k x n]. */
    public static void nn(float[] a, float[] b, float[] c, int m, int k, int n) {
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            int c0 = i * n;
            int c1 = c0 + n;
            int c2 = c1 + n;
            int c3 = c2 + n;
            clear(c, c0, 4 * n);
            int a0 = i * k;
            for (int p = 0; p < k; p++) {
                float x0 = a[a0 + p];
                float x1 = a[a0 + k + p];
                float x2 = a[a0 + 2 * k + p];
                float x3 = a[a0 + 3 * k + p];
                int bp = p * n;
                for (int j = 0; j < n; j++) {
                    float y = b[bp + j];
                    c[c0 + j] += x0 * y;
                    c[c1 + j] += x1 * y;
                    c[c2 + j] += x2 * y;
                    c[c3 + j] += x3 * y;
                }
            }
        }
        for (; i < m; i++) {
            int ci = i * n;
            clear(c, ci, n);
            for (int p = 0; p < k; p++) {
                float x = a[i * k + p];
                int bp = p * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += x * b[bp + j];
                }
            }
        }
    }

    /** C[m x n] = A^T . B where A is [k x m] and B is [k x n] (weight gradients: X^T . dZ). */
    public static void tn(float[] a, float[] b, float[] c, int m, int k, int n) {
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            int c0 = i * n;
            int c1 = c0 + n;
            int c2 = c1 + n;
            int c3 = c2 + n;
            clear(c, c0, 4 * n);
            for (int p = 0; p < k; p++) {
                int ap = p * m + i;
                float x0 = a[ap];
                float x1 = a[ap + 1];
                float x2 = a[ap + 2];
                float x3 = a[ap + 3];
                int bp = p * n;
                for (int j = 0; j < n; j++) {
                    float y = b[bp + j];
                    c[c0 + j] += x0 * y;
                    c[c1 + j] += x1 * y;
                    c[c2 + j] += x2 * y;
                    c[c3 + j] += x3 * y;
                }
            }
        }
        for (; i < m; i++) {
            int ci = i * n;
            clear(c, ci, n);
            for (int p = 0; p < k; p++) {
                float x = a[p * m + i];
                int bp = p * n;
                for (int j = 0; j < n; j++) {
                    c[ci + j] += x * b[bp + j];
                }
            }
        }
    }

    /** C[m x n] = A . B^T where A is [m x k] and B is [n x k] (input gradients: dZ . W^T). */
    public static void nt(float[] a, float[] b, float[] c, int m, int k, int n) {
        for (int i = 0; i < m; i++) {
            int ai = i * k;
            int ci = i * n;
            int j = 0;
            for (; j + 4 <= n; j += 4) {
                int b0 = j * k;
                int b1 = b0 + k;
                int b2 = b1 + k;
                int b3 = b2 + k;
                float s0 = 0f;
                float s1 = 0f;
                float s2 = 0f;
                float s3 = 0f;
                for (int p = 0; p < k; p++) {
                    float x = a[ai + p];
                    s0 += x * b[b0 + p];
                    s1 += x * b[b1 + p];
                    s2 += x * b[b2 + p];
                    s3 += x * b[b3 + p];
                }
                c[ci + j] = s0;
                c[ci + j + 1] = s1;
                c[ci + j + 2] = s2;
                c[ci + j + 3] = s3;
            }
            for (; j < n; j++) {
                int bj = j * k;
                float s = 0f;
                for (int p = 0; p < k; p++) {
                    s += a[ai + p] * b[bj + p];
                }
                c[ci + j] = s;
            }
        }
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
        clear(sums, 0, n);
        for (int i = 0; i < rows; i++) {
            int ai = i * n;
            for (int j = 0; j < n; j++) {
                sums[j] += a[ai + j];
            }
        }
    }

    static void clear(float[] c, int from, int count) {
        for (int j = from, end = from + count; j < end; j++) {
            c[j] = 0f;
        }
    }
}
