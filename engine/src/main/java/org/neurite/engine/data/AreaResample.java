package org.neurite.engine.data;

/**
 * Resamples a rectangle of an image to another size by area averaging: each output pixel is the mean of the
 * input over exactly the area it covers, partial pixels weighted by their overlap. Shrinking then gives the
 * anti-aliased grey levels of a scanned and scaled digit; enlarging repeats pixels. The filter is a box, so it
 * runs as two one-dimensional passes (columns, then rows).
 */
final class AreaResample {
    private AreaResample() {
    }

    /** The {@code box} ({left, top, right, bottom}, exclusive) of {@code image} as {@code outWidth x outHeight}. */
    static float[] of(float[] image, int imageWidth, int[] box, int outWidth, int outHeight) {
        int inWidth = box[2] - box[0];
        int inHeight = box[3] - box[1];
        float[] narrowed = new float[inHeight * outWidth];
        for (int y = 0; y < inHeight; y++) {
            line(image, (box[1] + y) * imageWidth + box[0], 1, inWidth, narrowed, y * outWidth, 1, outWidth);
        }
        float[] out = new float[outHeight * outWidth];
        for (int x = 0; x < outWidth; x++) {
            line(narrowed, x, outWidth, inHeight, out, x, outWidth, outHeight);
        }
        return out;
    }

    /**
     * One line of {@code n} values (from {@code from}, every {@code step}) averaged into {@code m} values (to
     * {@code to}, every {@code toStep}). Output k covers input [k n/m, (k+1) n/m).
     */
    static void line(float[] in, int from, int step, int n, float[] out, int to, int toStep, int m) {
        float width = (float) n / m;
        for (int k = 0; k < m; k++) {
            float start = k * width;
            float end = k == m - 1 ? n : (k + 1) * width;
            int first = (int) start;
            int last = Math.min(n - 1, (int) Math.ceil(end) - 1);
            float sum = 0f;
            for (int i = first; i <= last; i++) {
                float overlap = Math.min(end, i + 1) - Math.max(start, i);
                sum += in[from + i * step] * overlap;
            }
            out[to + k * toStep] = sum / (end - start);
        }
    }
}
