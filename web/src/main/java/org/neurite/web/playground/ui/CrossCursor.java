package org.neurite.web.playground.ui;

import org.teavm.jso.canvas.CanvasRenderingContext2D;

/** The keyboard's pointer on the output: a cross at a position given as fractions of the square. */
final class CrossCursor {
    private double x = 0.5;
    private double y = 0.5;
    private boolean shown;

    double x() {
        return x;
    }

    double y() {
        return y;
    }

    void moveTo(double fx, double fy) {
        x = clamp(fx);
        y = clamp(fy);
    }

    void moveBy(double dx, double dy) {
        moveTo(x + dx, y + dy);
    }

    void setShown(boolean shown) {
        this.shown = shown;
    }

    void draw(CanvasRenderingContext2D context, int size, double ratio) {
        if (!shown) {
            return;
        }
        double cx = x * size;
        double cy = y * size;
        double arm = 9 * ratio;
        context.setStrokeStyle("#1d2430");
        context.setLineWidth(2 * ratio);
        context.beginPath();
        context.moveTo(cx - arm, cy);
        context.lineTo(cx + arm, cy);
        context.moveTo(cx, cy - arm);
        context.lineTo(cx, cy + arm);
        context.stroke();
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }
}
