package org.neurite.engine.lessons;

import org.neurite.engine.nn.Dense;
import org.neurite.engine.nn.Layer;
import org.neurite.engine.nn.Model;

/**
 * How much gradient reaches each layer: the length (L2 norm) of each dense layer's weight gradient after
 * the last backward pass, first layer first. In a deep sigmoid network the first layers get orders of
 * magnitude less than the last (vanishing gradients); with large weights they can get far more (exploding).
 */
public final class GradientNorms {
    private GradientNorms() {
    }

    /** One norm per dense layer of {@code model}, in layer order. */
    public static double[] of(Model model) {
        int denseCount = 0;
        for (Layer layer : model.layers()) {
            if (layer instanceof Dense) {
                denseCount++;
            }
        }
        double[] norms = new double[denseCount];
        int k = 0;
        for (Layer layer : model.layers()) {
            if (layer instanceof Dense) {
                norms[k++] = norm(((Dense) layer).weights().grad());
            }
        }
        return norms;
    }

    static double norm(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += (double) v * v;
        }
        return Math.sqrt(sum);
    }
}
