package org.neurite.engine.nn;

/**
 * Unfolds image patches into columns and folds column gradients back into images, for a batch of
 * channel-first samples. Column layout: row (c, ky, kx) of cols[K x (B*P)], column n*P + (oy*outW + ox).
 */
final class Im2Col {
    private Im2Col() {
    }

    static void unfold(float[] x, int batch, int channels, int height, int width, int kernel, int stride,
                       int padTop, int padLeft, int outHeight, int outWidth, float[] cols) {
        int pixels = outHeight * outWidth;
        int wide = batch * pixels;
        int imageSize = channels * height * width;
        for (int c = 0; c < channels; c++) {
            for (int ky = 0; ky < kernel; ky++) {
                for (int kx = 0; kx < kernel; kx++) {
                    int row = ((c * kernel + ky) * kernel + kx) * wide;
                    for (int n = 0; n < batch; n++) {
                        int image = n * imageSize + c * height * width;
                        int out = row + n * pixels;
                        for (int oy = 0; oy < outHeight; oy++) {
                            int iy = oy * stride + ky - padTop;
                            int outRow = out + oy * outWidth;
                            if (iy < 0 || iy >= height) {
                                for (int ox = 0; ox < outWidth; ox++) {
                                    cols[outRow + ox] = 0f;
                                }
                                continue;
                            }
                            int inRow = image + iy * width;
                            for (int ox = 0; ox < outWidth; ox++) {
                                int ix = ox * stride + kx - padLeft;
                                cols[outRow + ox] = ix >= 0 && ix < width ? x[inRow + ix] : 0f;
                            }
                        }
                    }
                }
            }
        }
    }

    /** dx = 0, then adds every column gradient back to the pixel it was read from. */
    static void fold(float[] dCols, int batch, int channels, int height, int width, int kernel, int stride,
                     int padTop, int padLeft, int outHeight, int outWidth, float[] dx) {
        int pixels = outHeight * outWidth;
        int wide = batch * pixels;
        int imageSize = channels * height * width;
        for (int i = 0, n = batch * imageSize; i < n; i++) {
            dx[i] = 0f;
        }
        for (int c = 0; c < channels; c++) {
            for (int ky = 0; ky < kernel; ky++) {
                for (int kx = 0; kx < kernel; kx++) {
                    int row = ((c * kernel + ky) * kernel + kx) * wide;
                    for (int n = 0; n < batch; n++) {
                        int image = n * imageSize + c * height * width;
                        int out = row + n * pixels;
                        for (int oy = 0; oy < outHeight; oy++) {
                            int iy = oy * stride + ky - padTop;
                            if (iy < 0 || iy >= height) {
                                continue;
                            }
                            int inRow = image + iy * width;
                            int outRow = out + oy * outWidth;
                            for (int ox = 0; ox < outWidth; ox++) {
                                int ix = ox * stride + kx - padLeft;
                                if (ix >= 0 && ix < width) {
                                    dx[inRow + ix] += dCols[outRow + ox];
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
