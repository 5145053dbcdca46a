package org.neurite.web.simd;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import org.neurite.engine.tensor.MatrixKernel;
import org.teavm.jso.JSBody;
import org.teavm.jso.typedarrays.Float32Array;

/**
 * The matrix kernel of {@code simd-gemm.wasm} (see {@link SimdGemmModule}), for the Wasm GC build. The engine's
 * {@code float[]} are GC objects the module cannot see, so each product copies A and B into a direct buffer (which
 * TeaVM keeps in the linear memory the module shares), pads them to the module's block sizes, calls it once, and
 * copies C back. The copies are loops in the compiled Java, not calls into JavaScript.
 */
public final class SimdKernel implements MatrixKernel {
    private static final int ROWS = SimdGemmModule.ROWS;
    private static final int COLUMNS = SimdGemmModule.COLUMNS;

    /** False only to time the copies alone (the micro-benchmark): every step but the module's call. */
    private final boolean compute;
    private FloatBuffer memory = FloatBuffer.allocate(0);
    /** B padded (and for B^T transposed) before its copy into {@code memory}. */
    private float[] staging = new float[0];
    /** Byte address of {@code memory}'s first float in the linear memory. */
    private int base;

    public SimdKernel() {
        this(true);
    }

    SimdKernel(boolean compute) {
        this.compute = compute;
    }

    @Override
    public void multiply(float[] a, float[] b, float[] c, int m, int k, int n, boolean transA, boolean transB) {
        int rows = roundUp(m, ROWS);
        int cols = roundUp(n, COLUMNS);
        // Padded rows of A read past its end (garbage into rows of C that are never copied back): slack for them.
        int aSize = rows * k + ROWS;
        int bAt = aSize;
        int cAt = bAt + k * cols;
        ensure(cAt + rows * cols);
        FloatBuffer mem = memory;
        mem.put(0, a, 0, m * k);
        copyB(b, k, n, cols, bAt, transB);
        int aRow = transA ? 4 : 4 * k;
        int aDepth = transA ? 4 * m : 4;
        if (compute) {
            gemm(base, aRow, aDepth, base + 4 * bAt, 4 * cols, base + 4 * cAt, 4 * cols, rows, k, cols);
        }
        if (n == cols) {
            mem.get(cAt, c, 0, m * n);
        } else {
            for (int i = 0; i < m; i++) {
                mem.get(cAt + i * cols, c, i * n, n);
            }
        }
    }

    /** B as [k x cols] rows, its padding columns zero (garbage there could be a slow denormal). */
    private void copyB(float[] b, int k, int n, int cols, int at, boolean transB) {
        FloatBuffer mem = memory;
        if (!transB && n == cols) {
            mem.put(at, b, 0, k * n);
            return;
        }
        // Laid out in a Java array first: one bulk copy is several times faster than a buffer call per element.
        int size = k * cols;
        if (staging.length < size) {
            staging = new float[size];
        }
        float[] s = staging;
        for (int p = 0; p < k; p++) {
            int row = p * cols;
            for (int j = 0; j < n; j++) {
                s[row + j] = transB ? b[j * k + p] : b[p * n + j];
            }
            for (int j = n; j < cols; j++) {
                s[row + j] = 0f;
            }
        }
        mem.put(at, s, 0, size);
    }

    private void ensure(int floats) {
        if (memory.capacity() >= floats) {
            return;
        }
        int capacity = Math.max(floats, memory.capacity() * 3 / 2);
        memory = ByteBuffer.allocateDirect(4 * capacity).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        base = Float32Array.fromJavaBuffer(memory).getByteOffset();
    }

    private static int roundUp(int value, int multiple) {
        return (value + multiple - 1) / multiple * multiple;
    }

    @JSBody(params = {"a", "aRow", "aDepth", "b", "bRow", "c", "cRow", "rows", "depth", "cols"},
            script = "globalThis.neuriteSimd.gemm(a, aRow, aDepth, b, bRow, c, cRow, rows, depth, cols);")
    private static native void gemm(int a, int aRow, int aDepth, int b, int bRow, int c, int cRow, int rows,
            int depth, int cols);
}
