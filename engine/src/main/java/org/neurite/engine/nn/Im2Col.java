package org.neurite.engine.nn;

import java.util.Arrays;
import org.neurite.engine.tensor.RowSource;

/**
 * A batch of channel-first samples [C x H x W] seen as its matrix of patches, and patch gradients folded back into
 * images. The patches are never stored here: {@link #load} keeps a zero-bordered copy of the batch, and two
 * {@link RowSource}s make the patch matrix's rows from it in either layout, K = C*k*k, P = output pixels:
 * <ul>
 * <li>{@link #byTap}: patches[K x (B*P)], row (c, ky, kx) holding for every sample n and output pixel (oy, ox) the
 * pixel that kernel tap reads. Along a row the output x advances, so with stride 1 each output row is one
 * contiguous copy of an image row.</li>
 * <li>{@link #byPixel}: patches[(B*P) x K], row (n, oy, ox) holding that output pixel's K inputs in the order
 * (c, ky, kx), each kernel row a contiguous run of an image row.</li>
 * </ul>
 * Thanks to the border, no copy tests a bound.
 */
final class Im2Col {
    private final int channels;
    private final int height;
    private final int width;
    private final int kernel;
    private final int stride;
    private final int padTop;
    private final int padLeft;
    private final int outHeight;
    private final int outWidth;
    private final int paddedHeight;
    private final int paddedWidth;
    private final int paddedPlane;
    private final int pixels;
    /** Where tap (c, ky, kx) reads, from the top left corner of the output pixel's window in the padded batch. */
    private final int[] tapOffsets;
    private float[] padded = new float[0];

    /** patches[K x (B*P)]: row p is kernel tap p, column j output pixel j of the batch. */
    final RowSource byTap = this::tapRow;
    /** patches[(B*P) x K]: row p is output pixel p of the batch, column j kernel tap j. */
    final RowSource byPixel = this::pixelRow;

    Im2Col(int channels, int height, int width, int kernel, int stride, int padTop, int padLeft, int outHeight,
           int outWidth) {
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.kernel = kernel;
        this.stride = stride;
        this.padTop = padTop;
        this.padLeft = padLeft;
        this.outHeight = outHeight;
        this.outWidth = outWidth;
        this.paddedHeight = (outHeight - 1) * stride + kernel;
        this.paddedWidth = (outWidth - 1) * stride + kernel;
        this.paddedPlane = paddedHeight * paddedWidth;
        this.pixels = outHeight * outWidth;
        this.tapOffsets = new int[channels * kernel * kernel];
        for (int tap = 0; tap < tapOffsets.length; tap++) {
            tapOffsets[tap] = tap / (kernel * kernel) * paddedPlane + tap / kernel % kernel * paddedWidth
                    + tap % kernel;
        }
    }

    /**
     * Keeps the batch, each image at (padTop, padLeft) of a zero-bordered one exactly as large as the taps reach
     * (a 'valid' convolution may leave an edge of the input unread).
     */
    void load(float[] x, int batch) {
        int size = batch * channels * paddedPlane;
        if (padded.length < size) {
            padded = new float[size];
        }
        Arrays.fill(padded, 0, size, 0f);
        int rows = Math.min(height, paddedHeight - padTop);
        int cols = Math.min(width, paddedWidth - padLeft);
        for (int image = 0, images = batch * channels; image < images; image++) {
            for (int iy = 0; iy < rows; iy++) {
                System.arraycopy(x, (image * height + iy) * width, padded,
                        image * paddedPlane + (iy + padTop) * paddedWidth + padLeft, cols);
            }
        }
    }

    /** Writes patches[K x (B*P)] whole, for a kernel that wants its operand stored. */
    void unfold(int batch, float[] patches) {
        int wide = batch * pixels;
        for (int tap = 0, taps = channels * kernel * kernel; tap < taps; tap++) {
            tapRow(tap, 0, wide, patches, tap * wide);
        }
    }

    /** Tap (c, ky, kx) as read by output pixels j0 .. j0 + count - 1 of the batch, an output row's run at a time. */
    private void tapRow(int tap, int j0, int count, float[] into, int offset) {
        int c = tap / (kernel * kernel);
        int ky = tap / kernel % kernel;
        int kx = tap % kernel;
        int n = j0 / pixels;
        int oy = j0 % pixels / outWidth;
        int ox = j0 % outWidth;
        int to = offset;
        int end = offset + count;
        while (to < end) {
            int run = Math.min(outWidth - ox, end - to);
            int from = (n * channels + c) * paddedPlane + (oy * stride + ky) * paddedWidth + ox * stride + kx;
            if (stride == 1) {
                System.arraycopy(padded, from, into, to, run);
            } else {
                for (int i = 0; i < run; i++) {
                    into[to + i] = padded[from + i * stride];
                }
            }
            to += run;
            ox = 0;
            if (++oy == outHeight) {
                oy = 0;
                n++;
            }
        }
    }

    /** Output pixel p's inputs for taps j0 .. j0 + count - 1: each tap at its fixed offset from the pixel's corner. */
    private void pixelRow(int p, int j0, int count, float[] into, int offset) {
        int corner = p / pixels * channels * paddedPlane + p % pixels / outWidth * stride * paddedWidth
                + p % outWidth * stride;
        int[] taps = tapOffsets;
        for (int i = 0; i < count; i++) {
            into[offset + i] = padded[corner + taps[j0 + i]];
        }
    }

    /**
     * For samples first .. first + count - 1: dx = 0, then adds each patch gradient of dPatches[K x (count*P)] back
     * to the pixel it was read from, tap by tap, so each pixel sums its gradients in tap order.
     */
    void fold(float[] dPatches, int first, int count, float[] dx) {
        int plane = height * width;
        Arrays.fill(dx, first * channels * plane, (first + count) * channels * plane, 0f);
        int wide = count * pixels;
        for (int c = 0; c < channels; c++) {
            for (int ky = 0; ky < kernel; ky++) {
                for (int kx = 0; kx < kernel; kx++) {
                    int row = ((c * kernel + ky) * kernel + kx) * wide;
                    int shift = kx - padLeft;
                    int firstX = firstInside(shift);
                    int endX = endInside(shift);
                    if (firstX >= endX) {
                        continue;
                    }
                    for (int n = 0; n < count; n++) {
                        int channel = ((first + n) * channels + c) * plane;
                        for (int oy = 0; oy < outHeight; oy++) {
                            int iy = oy * stride + ky - padTop;
                            if (iy >= 0 && iy < height) {
                                addRow(dPatches, row + (n * outHeight + oy) * outWidth, dx,
                                        channel + iy * width + shift, firstX, endX);
                            }
                        }
                    }
                }
            }
        }
    }

    private void addRow(float[] patches, int to, float[] image, int from, int first, int end) {
        if (stride == 1) {
            // no multiply in the index: the common case, and a simpler loop for both builds
            for (int ox = first; ox < end; ox++) {
                image[from + ox] += patches[to + ox];
            }
            return;
        }
        for (int ox = first; ox < end; ox++) {
            image[from + ox * stride] += patches[to + ox];
        }
    }

    /** The first output x whose tap at {@code ox * stride + shift} lands inside the image. */
    private int firstInside(int shift) {
        return shift >= 0 ? 0 : Math.min(outWidth, (-shift + stride - 1) / stride);
    }

    /** One past the last output x whose tap lands inside the image. */
    private int endInside(int shift) {
        int last = width - 1 - shift;
        return last < 0 ? 0 : Math.min(outWidth, last / stride + 1);
    }
}
