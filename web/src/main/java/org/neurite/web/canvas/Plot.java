package org.neurite.web.canvas;

import org.neurite.web.dom.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Window;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * A chart on a {@code <canvas>}: a box of world coordinates mapped onto the canvas, axes with round-number
 * ticks, and a few drawing primitives in world coordinates (curves, dots, lines, a stretched heatmap). It
 * sizes itself to the canvas's CSS width (height = width x aspect) at the screen's pixel density, so it is
 * sharp on phones and fits any column. It only draws what it is given.
 */
public final class Plot {
    private static final double[] FRAMED = {46, 12, 10, 34};
    private static final double[] BARE = {0, 0, 0, 0};
    private static final String AXIS = "#8c959f";
    private static final String GRID = "#edf0f3";
    private static final String LABEL_FONT = "12px system-ui, sans-serif";

    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D context;
    private final double aspect;
    /** Room around the plot area for the axes: left, right, top, bottom, in CSS pixels. */
    private final double left;
    private final double right;
    private final double top;
    private final double bottom;
    private double width;
    private double height;
    private double xMin = 0;
    private double xMax = 1;
    private double yMin = 0;
    private double yMax = 1;

    /** A plot on the canvas with id {@code canvasId}, {@code aspect} times as high as it is wide. */
    public Plot(String canvasId, double aspect) {
        this((HTMLCanvasElement) Dom.byId(canvasId), aspect, FRAMED);
    }

    private Plot(HTMLCanvasElement canvas, double aspect, double[] margins) {
        this.canvas = canvas;
        this.context = (CanvasRenderingContext2D) canvas.getContext("2d");
        this.aspect = aspect;
        this.left = margins[0];
        this.right = margins[1];
        this.top = margins[2];
        this.bottom = margins[3];
    }

    /** A plot whose area fills the whole canvas, with no room for axes: for small thumbnails. */
    public static Plot bare(HTMLCanvasElement canvas, double aspect) {
        return new Plot(canvas, aspect, BARE);
    }

    /** The world box: what the plot area shows. */
    public void box(double newXMin, double newXMax, double newYMin, double newYMax) {
        xMin = newXMin;
        xMax = newXMax;
        yMin = newYMin;
        yMax = newYMax;
    }

    /** Starts a frame: fits the canvas to its current width and clears it. */
    public void begin() {
        double cssWidth = Math.max(40, canvas.getClientWidth());
        double cssHeight = Math.round(cssWidth * aspect);
        double ratio = Math.max(1, Window.current().getDevicePixelRatio());
        int pixelWidth = (int) Math.round(cssWidth * ratio);
        int pixelHeight = (int) Math.round(cssHeight * ratio);
        if (canvas.getWidth() != pixelWidth || canvas.getHeight() != pixelHeight) {
            canvas.setWidth(pixelWidth);
            canvas.setHeight(pixelHeight);
            setCssHeight(canvas, cssHeight);
        }
        width = cssWidth;
        height = cssHeight;
        context.setTransform(ratio, 0, 0, ratio, 0, 0);
        context.clearRect(0, 0, width, height);
    }

    @JSBody(params = { "canvas", "height" }, script = "canvas.style.height = height + 'px';")
    private static native void setCssHeight(HTMLCanvasElement canvas, double height);

    /** Canvas x (CSS pixels) of world x. */
    public double px(double x) {
        return left + (width - left - right) * (x - xMin) / (xMax - xMin);
    }

    /** Canvas y (CSS pixels) of world y. */
    public double py(double y) {
        return height - bottom - (height - top - bottom) * (y - yMin) / (yMax - yMin);
    }

    /** Light grid, the axes, round-number ticks and the axis names. */
    public void axes(String xLabel, String yLabel) {
        context.setLineWidth(1);
        context.setFont(LABEL_FONT);
        context.setFillStyle(AXIS);
        double xStep = Ticks.step(xMax - xMin, width > 360 ? 8 : 5);
        context.setTextAlign("center");
        context.setTextBaseline("top");
        for (double x = Ticks.first(xMin, xStep); x <= xMax + xStep * 1e-9; x += xStep) {
            gridLine(px(x), top, px(x), height - bottom);
            context.fillText(Ticks.text(x, xStep), px(x), height - bottom + 4);
        }
        double yStep = Ticks.step(yMax - yMin, 5);
        context.setTextAlign("right");
        context.setTextBaseline("middle");
        for (double y = Ticks.first(yMin, yStep); y <= yMax + yStep * 1e-9; y += yStep) {
            gridLine(left, py(y), width - right, py(y));
            context.fillText(Ticks.text(y, yStep), left - 5, py(y));
        }
        context.setStrokeStyle(AXIS);
        context.strokeRect(left, top, width - left - right, height - top - bottom);
        context.setTextAlign("center");
        context.setTextBaseline("bottom");
        context.fillText(xLabel, (left + width - right) / 2, height - 1);
        context.save();
        context.translate(11, (top + height - bottom) / 2);
        context.rotate(-Math.PI / 2);
        context.setTextBaseline("middle");
        context.fillText(yLabel, 0, 0);
        context.restore();
    }

    private void gridLine(double x1, double y1, double x2, double y2) {
        context.setStrokeStyle(GRID);
        context.beginPath();
        context.moveTo(x1, y1);
        context.lineTo(x2, y2);
        context.stroke();
    }

    /** The first {@code count} points as a line, clipped to the plot area. */
    public void curve(double[] xs, double[] ys, int count, String colour, double lineWidth, boolean dashed) {
        if (count < 2) {
            return;
        }
        clipToArea();
        context.setStrokeStyle(colour);
        context.setLineWidth(lineWidth);
        setDash(context, dashed);
        context.beginPath();
        boolean drawing = false;
        for (int i = 0; i < count; i++) {
            if (!Double.isFinite(ys[i]) || !Double.isFinite(xs[i])) {
                drawing = false;
                continue;
            }
            double x = clampPixel(px(xs[i]));
            double y = clampPixel(py(ys[i]));
            if (drawing) {
                context.lineTo(x, y);
            } else {
                context.moveTo(x, y);
                drawing = true;
            }
        }
        context.stroke();
        setDash(context, false);
        context.restore();
    }

    /** Far-away points are pulled in so the browser draws the line's direction rather than nothing. */
    private static double clampPixel(double value) {
        return Math.max(-1e5, Math.min(1e5, value));
    }

    /** A filled dot of {@code radius} CSS pixels at world (x, y), outlined in white so it shows on any colour. */
    public void dot(double x, double y, double radius, String fill) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        context.setFillStyle(fill);
        context.setStrokeStyle("#ffffff");
        context.setLineWidth(1.5);
        context.beginPath();
        context.arc(px(x), py(y), radius, 0, 2 * Math.PI);
        context.fill();
        context.stroke();
    }

    /** A vertical line across the plot area at world x. */
    public void vertical(double x, String colour, boolean dashed) {
        clipToArea();
        context.setStrokeStyle(colour);
        context.setLineWidth(1.5);
        setDash(context, dashed);
        context.beginPath();
        context.moveTo(px(x), top);
        context.lineTo(px(x), height - bottom);
        context.stroke();
        setDash(context, false);
        context.restore();
    }

    /** A horizontal line across the plot area at world y. */
    public void horizontal(double y, String colour, boolean dashed) {
        clipToArea();
        context.setStrokeStyle(colour);
        context.setLineWidth(1);
        setDash(context, dashed);
        context.beginPath();
        context.moveTo(left, py(y));
        context.lineTo(width - right, py(y));
        context.stroke();
        setDash(context, false);
        context.restore();
    }

    /** A heatmap stretched over the whole plot area (its row 0 at the top). */
    public void image(Heatmap heatmap) {
        context.drawImage(heatmap.image(), left, top, width - left - right, height - top - bottom);
    }

    /** Text at world (x, y), e.g. a label next to a point. */
    public void text(String text, double x, double y, String colour, String align) {
        context.setFont(LABEL_FONT);
        context.setFillStyle(colour);
        context.setTextAlign(align);
        context.setTextBaseline("bottom");
        context.fillText(text, px(x), py(y) - 4);
    }

    private void clipToArea() {
        context.save();
        context.beginPath();
        context.rect(left, top, width - left - right, height - top - bottom);
        context.clip();
    }

    @JSBody(params = { "context", "dashed" }, script = "context.setLineDash(dashed ? [6, 4] : []);")
    private static native void setDash(CanvasRenderingContext2D context, boolean dashed);

    /** The drawing context, for views that draw something the primitives do not cover. */
    public CanvasRenderingContext2D context() {
        return context;
    }

    public double areaLeft() {
        return left;
    }

    public double areaTop() {
        return top;
    }

    public double areaWidth() {
        return width - left - right;
    }

    public double areaHeight() {
        return height - top - bottom;
    }
}
