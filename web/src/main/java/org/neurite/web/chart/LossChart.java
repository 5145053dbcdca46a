package org.neurite.web.chart;

import org.neurite.web.dom.Numbers;
import org.neurite.web.dom.Dom;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * A loss curve on a {@code <canvas>}: epochs along x (up to a fixed count), loss along y from 0 to the
 * largest value seen. It only draws the values it is given; the engine computes them.
 */
public final class LossChart {
    private static final double LEFT = 44;
    private static final double RIGHT = 10;
    private static final double TOP = 10;
    private static final double BOTTOM = 24;
    private static final String AXIS_COLOUR = "#8c959f";
    private static final String LINE_COLOUR = "#2563eb";
    private static final String LABEL_FONT = "11px system-ui, sans-serif";

    private final CanvasRenderingContext2D context;
    private final double width;
    private final double height;
    private final float[] values;
    private int count;
    private float largest;

    /** A chart on the canvas with id {@code canvasId} for up to {@code capacity} values. */
    public LossChart(String canvasId, int capacity) {
        HTMLCanvasElement canvas = (HTMLCanvasElement) Dom.byId(canvasId);
        this.context = (CanvasRenderingContext2D) canvas.getContext("2d");
        this.width = canvas.getWidth();
        this.height = canvas.getHeight();
        this.values = new float[capacity];
    }

    /** Forgets every value. */
    public void clear() {
        count = 0;
        largest = 0f;
    }

    /** Appends the next value; beyond the capacity values are ignored. */
    public void add(float value) {
        if (count == values.length || Float.isNaN(value) || Float.isInfinite(value)) {
            return;
        }
        values[count++] = value;
        largest = Math.max(largest, value);
    }

    /** Redraws axes and curve. Called once per animation frame at most. */
    public void draw() {
        context.clearRect(0, 0, width, height);
        drawAxes();
        if (count < 2) {
            return;
        }
        context.setStrokeStyle(LINE_COLOUR);
        context.setLineWidth(2);
        context.beginPath();
        context.moveTo(x(0), y(values[0]));
        for (int i = 1; i < count; i++) {
            context.lineTo(x(i), y(values[i]));
        }
        context.stroke();
    }

    private void drawAxes() {
        context.setStrokeStyle(AXIS_COLOUR);
        context.setLineWidth(1);
        context.beginPath();
        context.moveTo(LEFT, TOP);
        context.lineTo(LEFT, height - BOTTOM);
        context.lineTo(width - RIGHT, height - BOTTOM);
        context.stroke();
        context.setFillStyle(AXIS_COLOUR);
        context.setFont(LABEL_FONT);
        context.setTextAlign("right");
        context.setTextBaseline("middle");
        context.fillText(count > 0 ? Numbers.fixed(largest, 2) : "", LEFT - 6, TOP + 4);
        context.fillText("0", LEFT - 6, height - BOTTOM);
        context.setTextAlign("center");
        context.setTextBaseline("top");
        context.fillText("epoch", (LEFT + width - RIGHT) / 2, height - BOTTOM + 6);
        context.fillText(Integer.toString(values.length), width - RIGHT - 10, height - BOTTOM + 6);
        context.save();
        context.translate(12, (TOP + height - BOTTOM) / 2);
        context.rotate(-Math.PI / 2);
        context.fillText("loss", 0, -6);
        context.restore();
    }

    private double x(int index) {
        return LEFT + (width - LEFT - RIGHT) * index / (values.length - 1);
    }

    private double y(float value) {
        double top = largest > 0f ? largest : 1f;
        return height - BOTTOM - (height - TOP - BOTTOM) * value / top;
    }
}
