package org.neurite.web.canvas;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.typedarrays.Int32Array;

/**
 * A small bitmap (say a 64 x 64 heatmap) that is filled from Java as packed colours and drawn, scaled, onto
 * any canvas. The pixels cross into JavaScript in one copy per update, not one call per pixel, which is
 * what keeps a heatmap per neuron affordable on the Wasm GC build.
 */
public final class PixelImage {
    private final int width;
    private final int height;
    private final JSObject canvas;

    /** A bitmap of its own, drawn onto other canvases with {@link #drawTo}. */
    public PixelImage(int width, int height) {
        this(width, height, newCanvas(width, height));
    }

    private PixelImage(int width, int height, JSObject canvas) {
        this.width = width;
        this.height = height;
        this.canvas = canvas;
    }

    /**
     * The bitmap of a page canvas itself, at its {@code width} x {@code height} attributes: {@link #set} paints
     * it directly and CSS scales it (a neuron thumbnail).
     */
    public static PixelImage onto(HTMLCanvasElement canvas) {
        return new PixelImage(canvas.getWidth(), canvas.getHeight(), canvas);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Replaces every pixel: {@code width x height} colours made with {@link Rgba}, row after row from the top. */
    public void set(int[] pixels) {
        put(canvas, Int32Array.copyFromJavaArray(pixels), width, height);
    }

    /** Draws the bitmap over the rectangle (x, y, w, h) of {@code target}; {@code smooth} blends the pixels. */
    public void drawTo(CanvasRenderingContext2D target, double x, double y, double w, double h, boolean smooth) {
        draw(target, canvas, x, y, w, h, smooth);
    }

    @JSBody(params = { "width", "height" }, script = ""
            + "var c = document.createElement('canvas'); c.width = width; c.height = height; return c;")
    private static native JSObject newCanvas(int width, int height);

    /** Colours are packed little-endian (as every browser's typed arrays are): 0xAABBGGRR. */
    @JSBody(params = { "canvas", "pixels", "width", "height" }, script = ""
            + "var bytes = new Uint8ClampedArray(pixels.buffer, pixels.byteOffset, width * height * 4);"
            + "canvas.getContext('2d').putImageData(new ImageData(bytes, width, height), 0, 0);")
    private static native void put(JSObject canvas, Int32Array pixels, int width, int height);

    @JSBody(params = { "target", "canvas", "x", "y", "w", "h", "smooth" }, script = ""
            + "target.imageSmoothingEnabled = smooth;"
            + "target.drawImage(canvas, x, y, w, h);")
    private static native void draw(CanvasRenderingContext2D target, JSObject canvas, double x, double y, double w,
                                    double h, boolean smooth);
}
