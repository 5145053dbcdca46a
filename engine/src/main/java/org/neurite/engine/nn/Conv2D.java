package org.neurite.engine.nn;

import org.neurite.engine.random.Rng;
import org.neurite.engine.tensor.Gemm;
import org.neurite.engine.tensor.RowSource;

/**
 * A 2D convolution with its activation, on channel-first samples [C x H x W].
 *
 * <p>The whole batch is seen at once as its matrix of patches (im2col), patches[K x (B*P)], K = C*k*k, P = output
 * pixels, so that the forward pass, the weight gradient and the input gradient are each one large matrix product:
 * Z = W . patches, dW = dZ . patches^T, dPatches = W^T . dZ (Z and dZ are [F x (B*P)]). On the JVM the streaming
 * kernel takes the patches a row at a time, made from the input as it goes ({@link Im2Col}), and forms the weight
 * gradient from the patches laid out by pixel, so that its operands are untransposed; the patches are never stored.
 * The browser's kernels want them whole: they are written out once, and the weight gradient is formed transposed,
 * dW^T = patches . dZ^T, since a kernel that transposes an operand then transposes the small one. Both sum each
 * weight's gradient over the batch's pixels in order, so the two sides agree bit for bit.
 */
public final class Conv2D implements Layer {
    /** The patch gradients of one chunk of samples fit the second-level cache (128 KB). */
    private static final int FOLD_FLOATS = 32 * 1024;

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
    private final float[] weightsT;
    /** Samples per chunk of the input gradient: patch gradients for about {@link #FOLD_FLOATS} values. */
    private final int foldSamples;
    private final RowSource dzChunk = this::dzChunkRow;
    private int dzWideLength;
    private int dzChunkStart;
    /** Whether the weight gradient is dZ . patchesByPixel on the streaming kernel; if not, the patches are stored. */
    private final boolean gradientByPixel;
    private int capacity;
    private float[] cols;
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
        this.weightsT = new float[patch * filters];
        this.foldSamples = Math.max(1, FOLD_FLOATS / (patch * pixels));
        this.gradientByPixel = gemm.streams(patch);
        init.fill(weights.value(), patch, filters * kernel * kernel, rng);
    }

    @Override
    public float[] forward(float[] x, int batch, boolean training) {
        ensureCapacity(batch);
        int wide = batch * pixels;
        im2col.load(x, batch);
        if (gradientByPixel) {
            gemm.nn(weights.value(), im2col.byTap, zWide, filters, patch, wide);
        } else {
            im2col.unfold(batch, cols);
            gemm.nn(weights.value(), cols, zWide, filters, patch, wide);
        }
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
            gemm.nn(dzWide, im2col.byPixel, dw, filters, wide, patch);
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
        inputGradient(batch);
        return dx;
    }

    /**
     * dPatches = W^T . dZ, folded back into dx: a few samples at a time, so that each chunk of patch gradients is
     * folded while it is still in the cache instead of going to memory and back. The chunks hold whole samples, so
     * every pixel still sums its gradients in tap order.
     */
    private void inputGradient(int batch) {
        float[] w = weights.value();
        for (int f = 0; f < filters; f++) {
            for (int q = 0; q < patch; q++) {
                weightsT[q * filters + f] = w[f * patch + q];
            }
        }
        dzWideLength = batch * pixels;
        for (int first = 0; first < batch; first += foldSamples) {
            int count = Math.min(foldSamples, batch - first);
            dzChunkStart = first * pixels;
            gemm.nn(weightsT, dzChunk, dCols, patch, filters, count * pixels);
            im2col.fold(dCols, first, count, dx);
        }
    }

    /** Row f of dZ[F x (B*P)] for the chunk's samples, from column j0. */
    private void dzChunkRow(int f, int j0, int width, float[] into, int offset) {
        System.arraycopy(dzWide, f * dzWideLength + dzChunkStart + j0, into, offset, width);
    }

    private void ensureCapacity(int batch) {
        if (batch <= capacity) {
            return;
        }
        capacity = batch;
        int wide = batch * pixels;
        cols = gradientByPixel ? null : new float[patch * wide];
        zWide = new float[filters * wide];
        dzWide = new float[filters * wide];
        z = new float[batch * filters * pixels];
        y = new float[batch * filters * pixels];
        dzBuffer = new float[batch * filters * pixels];
        dCols = new float[patch * Math.min(batch, foldSamples) * pixels];
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
