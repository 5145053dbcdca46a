package org.neurite.web.canvas;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.typedarrays.Int32Array;

/**
 * Many small images of the same size (a heatmap per neuron) painted into one Java buffer of packed 0xRRGGBB
 * colours and drawn onto ONE canvas at given boxes, in one call: one copy across to JavaScript, one
 * {@code putImageData}, then a {@code drawImage} per tile inside JavaScript. A hundred thumbnails cost one
 * crossing and one canvas to repaint, instead of a hundred of each.
 */
public final class TileSheet {
    private final int side;
    private JSObject sheet;
    private int[] pixels = new int[0];
    private int[] memory = new int[0];
    private int capacity;

    /** Tiles of {@code side} x {@code side} pixels. */
    public TileSheet(int side) {
        this.side = side;
    }

    /** Makes room for {@code count} tiles. */
    public void ensureCapacity(int count) {
        if (count <= capacity) {
            return;
        }
        capacity = Math.max(16, 2 * count);
        pixels = new int[capacity * side * side];
        memory = new int[pixels.length];
        sheet = null;
    }

    /** The shared buffer: tile {@code i} is {@code side * side} colours (0xRRGGBB) from {@link #offset}. */
    public int[] pixels() {
        return pixels;
    }

    public int offset(int index) {
        return index * side * side;
    }

    public int side() {
        return side;
    }

    /**
     * Draws tiles 0..count-1 onto {@code context}: tile i stretched over the box (x, y, width, height) at
     * {@code boxes[4i..4i+3]} (CSS pixels, scaled by {@code ratio}), with opacity {@code alphas[i]} and
     * corners rounded by {@code radius}.
     */
    public void drawInto(CanvasRenderingContext2D context, float[] boxes, float[] alphas, int count, double ratio,
                         double radius) {
        if (count == 0) {
            return;
        }
        ensureCapacity(count);
        if (sheet == null) {
            sheet = newCanvas(side, capacity * side);
        }
        int used = count * side * side;
        for (int i = 0; i < used; i++) {
            memory[i] = inMemoryOrder(pixels[i]);
        }
        draw(context, sheet, Int32Array.copyFromJavaArray(memory), side, count, Float32Array.copyFromJavaArray(boxes),
                Float32Array.copyFromJavaArray(alphas), ratio, radius);
    }

    /**
     * 0xRRGGBB as the int whose little-endian bytes (every browser's typed arrays) are R, G, B, A: what
     * {@code ImageData} reads.
     */
    static int inMemoryOrder(int rgb) {
        return 0xFF000000 | ((rgb & 0xFF) << 16) | (rgb & 0xFF00) | ((rgb >> 16) & 0xFF);
    }

    @JSBody(params = { "width", "height" }, script = ""
            + "var made = document.createElement('canvas'); made.width = width; made.height = height; return made;")
    private static native JSObject newCanvas(int width, int height);

    @JSBody(params = { "context", "sheet", "pixels", "side", "count", "boxes", "alphas", "ratio", "radius" },
            script = ""
            + "var bytes = new Uint8ClampedArray(pixels.buffer, pixels.byteOffset, side * count * side * 4);"
            + "sheet.getContext('2d').putImageData(new ImageData(bytes, side, count * side), 0, 0);"
            + "context.imageSmoothingEnabled = true;"
            + "for (var tile = 0; tile < count; tile++) {"
            + "  var left = boxes[4 * tile] * ratio, top = boxes[4 * tile + 1] * ratio,"
            + "      wide = boxes[4 * tile + 2] * ratio, high = boxes[4 * tile + 3] * ratio;"
            + "  context.save(); context.globalAlpha = alphas[tile];"
            + "  context.beginPath(); context.roundRect(left, top, wide, high, radius * ratio); context.clip();"
            + "  context.drawImage(sheet, 0, tile * side, side, side, left, top, wide, high);"
            + "  context.restore();"
            + "}")
    private static native void draw(CanvasRenderingContext2D context, JSObject sheet, Int32Array pixels, int side,
                                    int count, Float32Array boxes, Float32Array alphas, double ratio, double radius);
}
