package org.neurite.engine.nn;

import java.util.Arrays;

/**
 * Unfolds image patches into the rows of a matrix and folds row gradients back into images, for a batch of
 * channel-first samples [C x H x W]. Layout: patches[K x (B*P)], K = C*k*k, P = output pixels; row (c, ky, kx)
 * holds, for every sample n and output pixel (oy, ox), the input pixel that kernel tap reads. Along a row the
 * output x advances, so with stride 1 each image row becomes one contiguous copy (and one contiguous add when
 * folding), with the padding's zeros only at the ends.
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
    private float[] padded = new float[0];

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
    }

    void unfold(float[] x, int batch, float[] patches) {
        walk(x, batch, patches, false);
    }

    /**
     * The same patches laid out by pixel: patchesByPixel[(B*P) x K], row (n, oy, ox) holding that output pixel's K
     * inputs in the order (c, ky, kx). Each image is first copied into a zero-bordered one, so that every kernel row
     * is a run of that image's row with no bounds to test.
     */
    void unfoldByPixel(float[] x, int batch, float[] patchesByPixel) {
        int paddedHeight = (outHeight - 1) * stride + kernel;
        int paddedWidth = (outWidth - 1) * stride + kernel;
        int paddedPlane = paddedHeight * paddedWidth;
        if (padded.length < channels * paddedPlane) {
            padded = new float[channels * paddedPlane];
        }
        float[] image = padded;
        int to = 0;
        for (int n = 0; n < batch; n++) {
            pad(x, n, image, paddedHeight, paddedWidth);
            for (int oy = 0; oy < outHeight; oy++) {
                for (int ox = 0; ox < outWidth; ox++) {
                    int corner = oy * stride * paddedWidth + ox * stride;
                    for (int c = 0; c < channels; c++) {
                        for (int ky = 0; ky < kernel; ky++) {
                            int from = c * paddedPlane + corner + ky * paddedWidth;
                            for (int kx = 0; kx < kernel; kx++) {
                                patchesByPixel[to + kx] = image[from + kx];
                            }
                            to += kernel;
                        }
                    }
                }
            }
        }
    }

    /** Sample n of x into image[C x paddedHeight x paddedWidth] at (padTop, padLeft), zeros around it. */
    private void pad(float[] x, int n, float[] image, int paddedHeight, int paddedWidth) {
        int paddedPlane = paddedHeight * paddedWidth;
        Arrays.fill(image, 0, channels * paddedPlane, 0f);
        int rows = Math.min(height, paddedHeight - padTop);
        int cols = Math.min(width, paddedWidth - padLeft);
        for (int c = 0; c < channels; c++) {
            int channel = (n * channels + c) * height * width;
            for (int iy = 0; iy < rows; iy++) {
                System.arraycopy(x, channel + iy * width, image, c * paddedPlane + (iy + padTop) * paddedWidth
                        + padLeft, cols);
            }
        }
    }

    /** dx = 0, then adds every patch gradient back to the pixel it was read from. */
    void fold(float[] dPatches, int batch, float[] dx) {
        Arrays.fill(dx, 0, batch * channels * height * width, 0f);
        walk(dx, batch, dPatches, true);
    }

    /** Visits every (tap, sample, output row): copies image to patches, or when folding adds patches to image. */
    private void walk(float[] image, int batch, float[] patches, boolean fold) {
        int plane = height * width;
        int wide = batch * outHeight * outWidth;
        for (int c = 0; c < channels; c++) {
            for (int ky = 0; ky < kernel; ky++) {
                for (int kx = 0; kx < kernel; kx++) {
                    int row = ((c * kernel + ky) * kernel + kx) * wide;
                    int shift = kx - padLeft;
                    int first = firstInside(shift);
                    int end = endInside(shift);
                    for (int n = 0; n < batch; n++) {
                        int channel = (n * channels + c) * plane;
                        for (int oy = 0; oy < outHeight; oy++) {
                            int iy = oy * stride + ky - padTop;
                            int to = row + (n * outHeight + oy) * outWidth;
                            if (iy < 0 || iy >= height || first >= end) {
                                if (!fold) {
                                    Arrays.fill(patches, to, to + outWidth, 0f);
                                }
                                continue;
                            }
                            int from = channel + iy * width + shift;
                            if (fold) {
                                addRow(patches, to, image, from, first, end);
                            } else {
                                copyRow(image, from, patches, to, first, end);
                            }
                        }
                    }
                }
            }
        }
    }

    private void copyRow(float[] image, int from, float[] patches, int to, int first, int end) {
        // the fills only where there is padding: most rows have none, and each call costs the browser build
        if (first > 0) {
            Arrays.fill(patches, to, to + first, 0f);
        }
        if (stride == 1) {
            System.arraycopy(image, from + first, patches, to + first, end - first);
        } else {
            for (int ox = first; ox < end; ox++) {
                patches[to + ox] = image[from + ox * stride];
            }
        }
        if (end < outWidth) {
            Arrays.fill(patches, to + end, to + outWidth, 0f);
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
