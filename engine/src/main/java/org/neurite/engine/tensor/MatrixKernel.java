package org.neurite.engine.tensor;

/** One way to compute C[m x n] = op(A) . op(B), summing each element in the order of the shared index. */
interface MatrixKernel {
    void multiply(float[] a, float[] b, float[] c, int m, int k, int n, boolean transA, boolean transB);
}
