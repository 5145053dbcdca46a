package org.neurite.engine.tensor;

/**
 * One way to compute C[m x n] = op(A) . op(B), summing each element in the order of the shared index. Public so
 * that the browser build can bring a kernel of its own (see {@link Gemm#useInBrowser}).
 */
public interface MatrixKernel {
    void multiply(float[] a, float[] b, float[] c, int m, int k, int n, boolean transA, boolean transB);
}
