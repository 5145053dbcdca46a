package org.neurite.engine.nn;

/**
 * Max pooling over size x size windows with stride = size ('valid': a ragged edge is dropped), per channel.
 * The forward pass remembers where each maximum came from; the backward pass sends the gradient there.
 */
public final class MaxPool2D implements Layer {
    private final int channels;
    private final int height;
    private final int width;
    private final int size;
    private final int outHeight;
    private final int outWidth;
    private int capacity;
    private float[] y;
    private int[] argmax;
    private float[] dx;

    public MaxPool2D(int[] inputShape, int size) {
        this.channels = inputShape[0];
        this.height = inputShape[1];
        this.width = inputShape[2];
        this.size = size;
        this.outHeight = height / size;
        this.outWidth = width / size;
    }

    @Override
    public float[] forward(float[] x, int batch, boolean training) {
        ensureCapacity(batch);
        if (size == 2) {
            forwardTwoByTwo(x, batch);
            return y;
        }
        int o = 0;
        for (int plane = 0, planes = batch * channels; plane < planes; plane++) {
            int base = plane * height * width;
            for (int oy = 0; oy < outHeight; oy++) {
                for (int ox = 0; ox < outWidth; ox++) {
                    int best = base + oy * size * width + ox * size;
                    float max = x[best];
                    for (int dy = 0; dy < size; dy++) {
                        int row = base + (oy * size + dy) * width + ox * size;
                        for (int dxi = 0; dxi < size; dxi++) {
                            if (x[row + dxi] > max) {
                                max = x[row + dxi];
                                best = row + dxi;
                            }
                        }
                    }
                    y[o] = max;
                    argmax[o] = best;
                    o++;
                }
            }
        }
        return y;
    }

    /**
     * The common 2x2 window written out: the same scan order and ties as the general loop, with no inner loops
     * for the compiler to keep, so each comparison can become a conditional move instead of a branch that ReLU's
     * zeros make unpredictable.
     */
    private void forwardTwoByTwo(float[] x, int batch) {
        int o = 0;
        for (int plane = 0, planes = batch * channels; plane < planes; plane++) {
            int base = plane * height * width;
            for (int oy = 0; oy < outHeight; oy++) {
                int top = base + 2 * oy * width;
                for (int ox = 0; ox < outWidth; ox++) {
                    int i = top + 2 * ox;
                    int best = i;
                    best = x[i + 1] > x[best] ? i + 1 : best;
                    best = x[i + width] > x[best] ? i + width : best;
                    best = x[i + width + 1] > x[best] ? i + width + 1 : best;
                    y[o] = x[best];
                    argmax[o] = best;
                    o++;
                }
            }
        }
    }

    @Override
    public float[] backward(float[] dy, int batch, boolean needInputGradient) {
        if (!needInputGradient) {
            return null;
        }
        for (int i = 0, n = batch * channels * height * width; i < n; i++) {
            dx[i] = 0f;
        }
        for (int o = 0, n = batch * outputSize(); o < n; o++) {
            dx[argmax[o]] += dy[o];
        }
        return dx;
    }

    private void ensureCapacity(int batch) {
        if (batch <= capacity) {
            return;
        }
        capacity = batch;
        y = new float[batch * outputSize()];
        argmax = new int[batch * outputSize()];
        dx = new float[batch * channels * height * width];
    }

    /** The window's side, which is also its stride. */
    public int size() {
        return size;
    }

    @Override
    public int[] inputShape() {
        return new int[] {channels, height, width};
    }

    @Override
    public int[] outputShape() {
        return new int[] {channels, outHeight, outWidth};
    }

    @Override
    public int outputSize() {
        return channels * outHeight * outWidth;
    }

    @Override
    public Param[] params() {
        return new Param[0];
    }

    @Override
    public String describe() {
        return LayerSpec.maxPool(size).toText();
    }
}
