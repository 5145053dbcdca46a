package org.neurite.engine.nn;

/** Small helpers for per-sample shapes such as {4} or {channels, height, width}. */
public final class Shapes {
    private Shapes() {
    }

    public static int size(int[] shape) {
        int size = 1;
        for (int d : shape) {
            size *= d;
        }
        return size;
    }

    /** "784" or "8x14x14". */
    public static String text(int[] shape) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            sb.append(i == 0 ? "" : "x").append(shape[i]);
        }
        return sb.toString();
    }

    /** Output length along one axis of a convolution or pooling window. */
    static int outputLength(int input, int kernel, int stride, boolean same) {
        return same ? (input + stride - 1) / stride : (input - kernel) / stride + 1;
    }

    /** Padding before the first element for 'same' (TensorFlow's rule: the odd pixel goes after). */
    static int padBefore(int input, int kernel, int stride, boolean same) {
        if (!same) {
            return 0;
        }
        int out = outputLength(input, kernel, stride, true);
        int total = Math.max((out - 1) * stride + kernel - input, 0);
        return total / 2;
    }
}
