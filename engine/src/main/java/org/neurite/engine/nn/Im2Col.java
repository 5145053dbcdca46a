package org.neurite.engine.nn;

/**
 * Unfolds image patches into rows and folds row gradients back into images, for a batch of channel-first
 * samples. Layout: row n*P + (oy*outW + ox) of patches[(B*P) x K] holds that output pixel's patch, in
 * (c, ky, kx) order — each patch contiguous, which is the order the matrix kernels read it in.
 */
final class Im2Col {
    private Im2Col() {
    }

    static void unfold(float[] x, int batch, int channels, int height, int width, int kernel, int stride,
                       int padTop, int padLeft, int outHeight, int outWidth, float[] patches) {
        int patch = channels * kernel * kernel;
        int plane = height * width;
        int row = 0;
        for (int n = 0; n < batch; n++) {
            int image = n * channels * plane;
            for (int oy = 0; oy < outHeight; oy++) {
                for (int ox = 0; ox < outWidth; ox++) {
                    int to = row * patch;
                    for (int c = 0; c < channels; c++) {
                        int channel = image + c * plane;
                        for (int ky = 0; ky < kernel; ky++) {
                            int iy = oy * stride + ky - padTop;
                            boolean rowInside = iy >= 0 && iy < height;
                            int from = channel + iy * width;
                            for (int kx = 0; kx < kernel; kx++) {
                                int ix = ox * stride + kx - padLeft;
                                patches[to++] = rowInside && ix >= 0 && ix < width ? x[from + ix] : 0f;
                            }
                        }
                    }
                    row++;
                }
            }
        }
    }

    /** dx = 0, then adds every patch gradient back to the pixel it was read from. */
    static void fold(float[] dPatches, int batch, int channels, int height, int width, int kernel, int stride,
                     int padTop, int padLeft, int outHeight, int outWidth, float[] dx) {
        int patch = channels * kernel * kernel;
        int plane = height * width;
        for (int i = 0, size = batch * channels * plane; i < size; i++) {
            dx[i] = 0f;
        }
        int row = 0;
        for (int n = 0; n < batch; n++) {
            int image = n * channels * plane;
            for (int oy = 0; oy < outHeight; oy++) {
                for (int ox = 0; ox < outWidth; ox++) {
                    int from = row * patch;
                    for (int c = 0; c < channels; c++) {
                        int channel = image + c * plane;
                        for (int ky = 0; ky < kernel; ky++) {
                            int iy = oy * stride + ky - padTop;
                            boolean rowInside = iy >= 0 && iy < height;
                            int to = channel + iy * width;
                            for (int kx = 0; kx < kernel; kx++) {
                                int ix = ox * stride + kx - padLeft;
                                if (rowInside && ix >= 0 && ix < width) {
                                    dx[to + ix] += dPatches[from];
                                }
                                from++;
                            }
                        }
                    }
                    row++;
                }
            }
        }
    }
}
