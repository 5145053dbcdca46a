package org.neurite.web.canvas;

import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.canvas.ImageData;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.typedarrays.Int8Array;
import org.teavm.jso.typedarrays.Uint8ClampedArray;

/**
 * A grid of colours painted into a small off-screen canvas, one pixel per cell, which a {@link Plot} then
 * stretches over its plot area. The pixels are filled in a Java array and handed to the browser in one bulk
 * copy: a call per pixel would be slow from WebAssembly.
 */
public final class Heatmap {
    private final int columns;
    private final int rows;
    private final byte[] rgba;
    private final HTMLCanvasElement image;
    private final CanvasRenderingContext2D context;

    public Heatmap(int columns, int rows) {
        this.columns = columns;
        this.rows = rows;
        this.rgba = new byte[columns * rows * 4];
        this.image = (HTMLCanvasElement) HTMLDocument.current().createElement("canvas");
        image.setWidth(columns);
        image.setHeight(rows);
        this.context = (CanvasRenderingContext2D) image.getContext("2d");
    }

    /** Sets cell {@code index} (row-major, row 0 on top) to the packed colour {@code rgb}. */
    public void set(int index, int rgb) {
        int i = 4 * index;
        rgba[i] = (byte) (rgb >> 16);
        rgba[i + 1] = (byte) (rgb >> 8);
        rgba[i + 2] = (byte) rgb;
        rgba[i + 3] = (byte) 0xFF;
    }

    /** Sends the cells to the off-screen canvas; call once after setting them. */
    public void commit() {
        Uint8ClampedArray pixels = Uint8ClampedArray.create(Int8Array.copyFromJavaArray(rgba).getBuffer());
        context.putImageData(ImageData.create(pixels, columns, rows), 0, 0);
    }

    /** The canvas to draw, at {@code columns} x {@code rows} pixels. */
    public HTMLCanvasElement image() {
        return image;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }
}
