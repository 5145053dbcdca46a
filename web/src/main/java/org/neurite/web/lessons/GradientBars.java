package org.neurite.web.lessons;

import org.neurite.engine.lessons.DeepNetwork;
import org.neurite.web.canvas.Plot;
import org.teavm.jso.canvas.CanvasRenderingContext2D;

/**
 * One bar per layer showing how much gradient reached it, on a log scale from 10^-12 to 10^2: vanishing
 * gradients are short bars on the left, exploding ones tall bars.
 */
final class GradientBars {
    static final double LOWEST_POWER = -12;
    static final double HIGHEST_POWER = 2;

    private final Plot plot;

    GradientBars(String canvasId) {
        this.plot = new Plot(canvasId, 0.6);
    }

    void draw(DeepNetwork network) {
        int layers = network.layerCount();
        plot.box(0.5, layers + 0.5, LOWEST_POWER, HIGHEST_POWER);
        plot.begin();
        plot.axes("layer (1 = first, next to the input)", "log₁₀ gradient norm");
        CanvasRenderingContext2D context = plot.context();
        double halfWidth = 0.32;
        for (int l = 0; l < layers; l++) {
            double norm = network.averageNorm(l);
            double power = norm > 0 ? Math.max(LOWEST_POWER, Math.log10(norm)) : LOWEST_POWER;
            double x = l + 1;
            double left = plot.px(x - halfWidth);
            double right = plot.px(x + halfWidth);
            double top = plot.py(power);
            double bottom = plot.py(LOWEST_POWER);
            context.setFillStyle(power < -4 ? "#f59322" : power > 1 ? "#d93025" : "#0877bd");
            context.fillRect(left, top, right - left, bottom - top);
        }
    }
}
