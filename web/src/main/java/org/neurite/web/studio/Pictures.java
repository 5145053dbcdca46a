package org.neurite.web.studio;

import org.neurite.web.canvas.Colours;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.typedarrays.Int32Array;

/**
 * Paints small images of values onto canvases. The colours are worked out in Java ({@link Colours}) and cross
 * into JavaScript as one array per picture: no call per pixel, and no cold JavaScript loop the first time a
 * picture is drawn.
 */
final class Pictures {
    /** Height of a gallery tile's bar band, in canvas pixels. */
    private static final int BARS = 22;

    private Pictures() {
    }

    /** Values in [0, {@code max}] as ink on paper, {@code zoom} canvas pixels per value; sizes the canvas. */
    static void ink(HTMLElement canvas, float[] values, int width, int height, float max, int zoom) {
        int[] pixels = new int[width * zoom * height * zoom];
        inkInto(pixels, values, width, height, max, zoom);
        put(canvas, Int32Array.copyFromJavaArray(pixels), width * zoom, height * zoom);
    }

    /** Paints the values into the top rows of {@code pixels}, which is {@code width * zoom} pixels wide. */
    private static void inkInto(int[] pixels, float[] values, int width, int height, float max, int zoom) {
        float scale = max > 0f ? 1f / max : 1f;
        int w = width * zoom;
        for (int y = 0; y < height * zoom; y++) {
            int row = (y / zoom) * width;
            for (int x = 0; x < w; x++) {
                pixels[y * w + x] = Colours.inkPixel(values[row + x / zoom] * scale);
            }
        }
    }

    /**
     * {@code count} images of {@code width x height} values, one after the other in {@code values}, as a grid of
     * {@code columns} with a one-pixel gap, each on its own scale {@code scales[i]} (signed or ink): a whole
     * layer in one canvas instead of hundreds. Sizes the canvas.
     */
    static void atlas(HTMLElement canvas, float[] values, int count, int width, int height, int columns,
                      float[] scales, boolean signed) {
        int rows = (count + columns - 1) / columns;
        int w = columns * (width + 1) - 1;
        int h = rows * (height + 1) - 1;
        int[] pixels = new int[w * h];
        java.util.Arrays.fill(pixels, Colours.pixel(Colours.LINE));
        for (int n = 0; n < count; n++) {
            int left = (n % columns) * (width + 1);
            int top = (n / columns) * (height + 1);
            float scale = scales[n] > 0f ? 1f / scales[n] : 1f;
            int base = n * width * height;
            for (int y = 0; y < height; y++) {
                int to = (top + y) * w + left;
                for (int x = 0; x < width; x++) {
                    float v = values[base + y * width + x] * scale;
                    pixels[to + x] = signed ? Colours.signedPixel(v) : Colours.inkPixel(v);
                }
            }
        }
        put(canvas, Int32Array.copyFromJavaArray(pixels), w, h);
    }

    /**
     * A gallery tile: a 28 x 28 digit drawn twice its size, and below it (when {@code probabilities} is not null)
     * its ten probabilities as bars, the predicted digit's blue and the true digit's orange. One canvas, sized here.
     */
    static void tile(HTMLElement canvas, float[] digit, float[] probabilities, int offset, int predicted, int actual) {
        int height = probabilities == null ? 56 : 56 + BARS;
        int[] pixels = new int[56 * height];
        java.util.Arrays.fill(pixels, Colours.inkPixel(0f));
        inkInto(pixels, digit, 28, 28, 1f, 2);
        put(canvas, Int32Array.copyFromJavaArray(pixels), 56, height);
        if (probabilities != null) {
            float[] ten = new float[10];
            System.arraycopy(probabilities, offset, ten, 0, 10);
            bars(canvas, Float32Array.copyFromJavaArray(ten), predicted, actual, BARS);
        }
    }

    /** Packed pixels onto the canvas, which is resized to {@code width x height} first. */
    @JSBody(params = { "canvas", "pixels", "width", "height" }, script = ""
            + "canvas.width = width; canvas.height = height;"
            + "var bytes = new Uint8ClampedArray(pixels.buffer, pixels.byteOffset, width * height * 4);"
            + "canvas.getContext('2d').putImageData(new ImageData(bytes, width, height), 0, 0);")
    private static native void put(HTMLElement canvas, Int32Array pixels, int width, int height);

    /** Ten bars in the bottom {@code band} pixels of the canvas. */
    @JSBody(params = { "canvas", "p", "predicted", "actual", "band" }, script = ""
            + "var ctx = canvas.getContext('2d'); var bottom = canvas.height - 1;"
            + "ctx.fillStyle = '#dde3ea'; ctx.fillRect(0, bottom, canvas.width, 1);"
            + "for (var i = 0; i < 10; i++) {"
            + "  ctx.fillStyle = i === predicted ? '#0877bd' : i === actual ? '#f59322' : '#9aa5b1';"
            + "  var h = Math.max(1, Math.round(p[i] * (band - 4)));"
            + "  ctx.fillRect(i * 5.6 + 0.6, bottom - h, 4.4, h);"
            + "}")
    private static native void bars(HTMLElement canvas, Float32Array probabilities, int predicted, int actual,
                                    int band);
}
