package org.neurite.web.lessons;

import org.neurite.engine.data.Dataset;
import org.neurite.engine.lessons.ModelField;
import org.neurite.web.canvas.Colours;
import org.neurite.web.canvas.Heatmap;
import org.neurite.web.canvas.Plot;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * Draws what a 2-input network does over the plane: a heatmap of one of its outputs or hidden neurons (orange
 * for low, blue for high, as in TensorFlow Playground) and, optionally, the data points on top.
 */
final class PlaneView {
    private static final String CLASS_ZERO = "#f59322";
    private static final String CLASS_ONE = "#0877bd";

    private final Plot plot;
    private final Heatmap heatmap;
    private final boolean withAxes;

    /** A framed view, with axes, on the canvas {@code canvasId}. */
    PlaneView(String canvasId, int resolution) {
        this(new Plot(canvasId, 1), resolution, true);
    }

    /** A bare thumbnail filling {@code canvas}, for one hidden neuron. */
    PlaneView(HTMLCanvasElement canvas, int resolution) {
        this(Plot.bare(canvas, 1), resolution, false);
    }

    private PlaneView(Plot plot, int resolution, boolean withAxes) {
        this.plot = plot;
        this.heatmap = new Heatmap(resolution, resolution);
        this.withAxes = withAxes;
    }

    /**
     * Paints {@code values} (one per field cell). {@code probabilities} are in 0..1 and centred on 0.5;
     * otherwise values are shown against their largest magnitude, so each neuron uses the full colour range.
     */
    void draw(ModelField field, float[] values, boolean probabilities, Dataset points) {
        double scale = 1;
        if (!probabilities) {
            double largest = 1e-6;
            for (float v : values) {
                largest = Math.max(largest, Math.abs(v));
            }
            scale = 1 / largest;
        }
        for (int i = 0; i < values.length; i++) {
            double t = probabilities ? 2 * values[i] - 1 : values[i] * scale;
            heatmap.set(i, Colours.diverging(t));
        }
        heatmap.commit();
        plot.box(field.lower(), field.upper(), field.lower(), field.upper());
        plot.begin();
        plot.image(heatmap);
        if (withAxes) {
            plot.axes("x₁", "x₂");
        }
        if (points != null) {
            for (int i = 0; i < points.size(); i++) {
                plot.dot(points.feature(i, 0), points.feature(i, 1), withAxes ? 3.5 : 2.5,
                        points.label(i) == 1 ? CLASS_ONE : CLASS_ZERO);
            }
        }
    }
}
