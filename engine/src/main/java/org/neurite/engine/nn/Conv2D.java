package org.neurite.engine.nn;

import org.neurite.engine.random.Rng;
import org.neurite.engine.tensor.Gemm;

/**
 * A 2D convolution with its activation, on channel-first samples [C x H x W].
 *
 * <p>The whole batch is unfolded at once (im2col) into patches[K x (B*P)], K = C*k*k, P = output pixels,
 * so that the forward pass, the weight gradient and the input gradient are each one large matrix product:
 * Z = W . patches, dW^T = patches . dZ^T, dPatches = W^T . dZ (Z and dZ are [F x (B*P)]). The weight gradient
 * is formed transposed because dZ is far smaller than the patches, and a kernel that transposes an operand
 * then transposes the small one. On the JVM, whose streaming kernel is slow on results only F wide and wants its
 * operands untransposed, a training pass also unfolds the patches by pixel, [(B*P) x K], and forms
 * dW = dZ . patchesByPixel directly.
 */
public final class Conv2D implements Layer {
    private final int channels;
    private final int height;
    private final int width;
    private final int filters;
    private final int kernel;
    private final int stride;
    private final boolean same;
    private final Activation activation;
    private final Init init;
    private final int outHeight;
    private final int outWidth;
    private final int padTop;
    private final int padLeft;
    private final int patch;
    private final int pixels;
    private final Param weights;
    private final Param bias;
    private final Gemm gemm = new Gemm();
    private final Im2Col im2col;
    private final float[] weightGradT;
    /** On the JVM the weight gradient is dZ . patchesByPixel: untransposed operands, the streaming kernel. */
    private final boolean gradientByPixel;
    private int capacity;
    private float[] cols;
    private float[] colsByPixel;
    private float[] zWide;
    private float[] z;
    private float[] y;
    private float[] dzWide;
    private float[] dzBuffer;
    private float[] dCols;
    private float[] dx;

    public Conv2D(int[] inputShape, int filters, int kernel, int stride, boolean same, Activation activation,
                  Init init, Rng rng) {
        this.channels = inputShape[0];
        this.height = inputShape[1];
        this.width = inputShape[2];
        this.filters = filters;
        this.kernel = kernel;
        this.stride = stride;
        this.same = same;
        this.activation = activation;
        this.init = init;
        this.outHeight = Shapes.outputLength(height, kernel, stride, same);
        this.outWidth = Shapes.outputLength(width, kernel, stride, same);
        this.padTop = Shapes.padBefore(height, kernel, stride, same);
        this.padLeft = Shapes.padBefore(width, kernel, stride, same);
        this.patch = channels * kernel * kernel;
        this.pixels = outHeight * outWidth;
        this.weights = new Param("W", new int[] {filters, channels, kernel, kernel}, true);
        this.bias = new Param("b", new int[] {filters}, false);
        this.im2col = new Im2Col(channels, height, width, kernel, stride, padTop, padLeft, outHeight, outWidth);
        this.weightGradT = new float[patch * filters];
        this.gradientByPixel = gemm.streams(patch);
        init.fill(weights.value(), patch, filters * kernel * kernel, rng);
    }

    @Override
    public float[] forward(float[] x, int batch, boolean training) {
        ensureCapacity(batch);
        int wide = batch * pixels;
        im2col.unfold(x, batch, cols);
        if (training && gradientByPixel) {
            im2col.unfoldByPixel(x, batch, colsByPixel);
        }
        gemm.nn(weights.value(), cols, zWide, filters, patch, wide);
        float[] b = bias.value();
        // [F x (B*P)] -> [B x F x P], adding the bias on the way
        for (int n = 0; n < batch; n++) {
            for (int f = 0; f < filters; f++) {
                int from = f * wide + n * pixels;
                int to = (n * filters + f) * pixels;
                float bf = b[f];
                for (int p = 0; p < pixels; p++) {
                    z[to + p] = zWide[from + p] + bf;
                }
            }
        }
        activation.forward(z, y, batch * filters * pixels);
        return y;
    }

    @Override
    public float[] backward(float[] dy, int batch, boolean needInputGradient) {
        int wide = batch * pixels;
        int count = batch * filters * pixels;
        float[] dz = dzBuffer;
        activation.backward(z, y, dy, dz, count);
        float[] db = bias.grad();
        for (int f = 0; f < filters; f++) {
            db[f] = 0f;
        }
        for (int n = 0; n < batch; n++) {
            for (int f = 0; f < filters; f++) {
                int from = (n * filters + f) * pixels;
                int to = f * wide + n * pixels;
                float sum = 0f;
                for (int p = 0; p < pixels; p++) {
                    float g = dz[from + p];
                    dzWide[to + p] = g;
                    sum += g;
                }
                db[f] += sum;
            }
        }
        float[] dw = weights.grad();
        if (gradientByPixel) {
            // the same products summed in the same order as dW^T = patches . dZ^T below
            gemm.nn(dzWide, colsByPixel, dw, filters, wide, patch);
        } else {
            gemm.nt(cols, dzWide, weightGradT, patch, wide, filters);
            for (int f = 0; f < filters; f++) {
                for (int q = 0; q < patch; q++) {
                    dw[f * patch + q] = weightGradT[q * filters + f];
                }
            }
        }
        if (!needInputGradient) {
            return null;
        }
        gemm.tn(weights.value(), dzWide, dCols, patch, filters, wide);
        im2col.fold(dCols, batch, dx);
        return dx;
    }

    private void ensureCapacity(int batch) {
        if (batch <= capacity) {
            return;
        }
        capacity = batch;
        int wide = batch * pixels;
        cols = new float[patch * wide];
        colsByPixel = gradientByPixel ? new float[wide * patch] : null;
        zWide = new float[filters * wide];
        dzWide = new float[filters * wide];
        z = new float[batch * filters * pixels];
        y = new float[batch * filters * pixels];
        dzBuffer = new float[batch * filters * pixels];
        dCols = new float[patch * wide];
        dx = new float[batch * channels * height * width];
    }

    public Activation activation() {
        return activation;
    }

    public Param weights() {
        return weights;
    }

    public Param bias() {
        return bias;
    }

    public int filters() {
        return filters;
    }

    public int kernel() {
        return kernel;
    }

    public int stride() {
        return stride;
    }

    /** The zeros around each input image: {top, left, bottom, right} ('same' puts an odd pixel after). */
    public int[] padding() {
        int bottom = Math.max((outHeight - 1) * stride + kernel - height - padTop, 0);
        int right = Math.max((outWidth - 1) * stride + kernel - width - padLeft, 0);
        return new int[] {padTop, padLeft, bottom, right};
    }

    @Override
    public int[] inputShape() {
        return new int[] {channels, height, width};
    }

    @Override
    public int[] outputShape() {
        return new int[] {filters, outHeight, outWidth};
    }

    @Override
    public int outputSize() {
        return filters * pixels;
    }

    @Override
    public Param[] params() {
        return new Param[] {weights, bias};
    }

    @Override
    public String describe() {
        return LayerSpec.conv(filters, kernel, stride, same, activation, init).toText();
    }
}
