package org.neurite.web.lessons;

import org.neurite.engine.lessons.DescentPath;
import org.neurite.engine.lessons.Objective;
import org.neurite.web.canvas.Colours;
import org.neurite.web.canvas.Heatmap;
import org.neurite.web.canvas.Plot;

/**
 * A loss surface seen from above, light where J is low and dark where it is high (on a log scale, so the
 * valley floor shows its shape), with descent paths drawn on top and the minimum marked.
 */
final class SurfaceView {
    private static final int COLUMNS = 96;
    private static final int ROWS = 48;

    private final Plot plot;
    private final Heatmap heatmap = new Heatmap(COLUMNS, ROWS);
    private Objective painted;

    SurfaceView(String canvasId) {
        this.plot = new Plot(canvasId, 0.55);
    }

    /** Starts a frame: the surface and its minimum; then call {@link #path} for each path. */
    void begin(Objective objective) {
        if (objective != painted) {
            paint(objective);
            painted = objective;
        }
        plot.box(objective.lower(0), objective.upper(0), objective.lower(1), objective.upper(1));
        plot.begin();
        plot.image(heatmap);
        plot.axes("weight w₁", "weight w₂");
        double[] minimum = objective.minimum();
        plot.dot(minimum[0], minimum[1], 5, "#1e8e3e");
    }

    private void paint(Objective objective) {
        double[] values = new double[COLUMNS * ROWS];
        objective.sampleGrid(COLUMNS, ROWS, values);
        double largest = 0;
        for (double v : values) {
            largest = Math.max(largest, Math.log1p(v));
        }
        for (int i = 0; i < values.length; i++) {
            heatmap.set(i, Colours.sequential(0.85 * Math.log1p(values[i]) / largest));
        }
        heatmap.commit();
    }

    void path(DescentPath path, String colour, boolean dots) {
        PathDrawing.draw(plot, path, colour, dots);
    }
}
