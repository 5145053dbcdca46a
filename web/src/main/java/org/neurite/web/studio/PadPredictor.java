package org.neurite.web.studio;

import org.neurite.engine.nn.LayerActivations;
import org.neurite.engine.nn.Model;
import org.teavm.jso.browser.Performance;

/**
 * The page's own copy of the model (read from the model file the worker sends), so the draw pad predicts at
 * once on the page thread while the worker keeps training. Every prediction is timed; the mean is what the
 * page reports (the CNN preset must stay well under a 16 ms frame).
 */
final class PadPredictor {
    private LayerActivations seen;
    private double lastMillis = Double.NaN;
    private double totalMillis;
    private int count;

    void use(Model model) {
        seen = new LayerActivations(model);
        totalMillis = 0;
        count = 0;
        lastMillis = Double.NaN;
    }

    boolean hasModel() {
        return seen != null;
    }

    /** Ten probabilities for one 28 x 28 input; every layer's output stays readable in {@link #activations()}. */
    float[] predict(float[] input) {
        double start = Performance.now();
        seen.compute(input, 1);
        lastMillis = Performance.now() - start;
        totalMillis += lastMillis;
        count++;
        return seen.prediction();
    }

    LayerActivations activations() {
        return seen;
    }

    double lastMillis() {
        return lastMillis;
    }

    double meanMillis() {
        return count == 0 ? Double.NaN : totalMillis / count;
    }

    int count() {
        return count;
    }
}
