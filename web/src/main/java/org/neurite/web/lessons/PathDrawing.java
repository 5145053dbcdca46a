package org.neurite.web.lessons;

import org.neurite.engine.lessons.DescentPath;
import org.neurite.web.canvas.Plot;

/** Draws a descent path: the points visited joined by lines, the latest one larger. */
final class PathDrawing {
    private PathDrawing() {
    }

    /**
     * For a 1-D path each point sits on the curve at (w, J(w)); for a 2-D path at (w1, w2). {@code dots}
     * marks every step (readable for a few dozen steps; long races draw the line only).
     */
    static void draw(Plot plot, DescentPath path, String colour, boolean dots) {
        int n = path.length();
        boolean curve = path.objective().dimension() == 1;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = path.point(i, 0);
            ys[i] = curve ? path.value(i) : path.point(i, 1);
        }
        plot.curve(xs, ys, n, colour, 1.8, false);
        if (dots) {
            for (int i = 0; i < n - 1; i++) {
                plot.dot(xs[i], ys[i], 3, colour);
            }
        }
        plot.dot(xs[n - 1], ys[n - 1], 6, colour);
    }
}
