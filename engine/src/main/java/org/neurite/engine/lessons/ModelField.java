package org.neurite.engine.lessons;

import org.neurite.engine.data.Grid2D;
import org.neurite.engine.nn.LayerActivations;
import org.neurite.engine.nn.Model;

/**
 * A 2-input model seen over a square of the plane, for heatmaps: what it predicts everywhere (its decision
 * boundary) and what each neuron responds to (the features it learned), one map per neuron. The points are
 * a {@link Grid2D} (row 0 on top, as an image is drawn) and one forward pass of {@link LayerActivations}
 * fills every map; this class only hands the maps out neuron by neuron.
 */
public final class ModelField {
    private final Grid2D grid;
    private final LayerActivations activations;
    private final float[] output;
    private final float[][][] units;

    /** A {@code resolution} x {@code resolution} grid over [-extent, extent] in both x1 and x2. */
    public ModelField(Model model, int resolution, float extent) {
        if (model.inputSize() != 2) {
            throw new IllegalArgumentException("a field needs a model with 2 inputs (x1, x2), this one has "
                    + model.inputSize());
        }
        this.grid = new Grid2D(resolution, extent);
        this.activations = new LayerActivations(model);
        this.output = new float[grid.size()];
        this.units = new float[model.layerCount()][][];
        for (int l = 0; l < units.length; l++) {
            units[l] = new float[model.layer(l).outputSize()][grid.size()];
        }
    }

    /** Re-evaluates the model everywhere, in one forward pass. Call after the weights change. */
    public void update() {
        activations.compute(grid.points(), grid.size());
        int cells = grid.size();
        float[] prediction = activations.prediction();
        int outputs = activations.model().outputSize();
        for (int i = 0; i < cells; i++) {
            output[i] = prediction[i * outputs];
        }
        for (int l = 0; l < units.length; l++) {
            float[] layer = activations.output(l);
            int width = activations.width(l);
            for (int u = 0; u < units[l].length; u++) {
                float[] map = units[l][u];
                for (int i = 0; i < cells; i++) {
                    map[i] = layer[i * width + u];
                }
            }
        }
    }

    /** What the model predicts in each cell (output 0: a probability for a binary classifier). */
    public float[] output() {
        return output;
    }

    /** The output of neuron {@code unit} of layer {@code layer} in each cell, after its activation. */
    public float[] unit(int layer, int unit) {
        return units[layer][unit];
    }

    public Grid2D grid() {
        return grid;
    }

    /** The smallest x1 (and x2) the field covers. */
    public float lower() {
        return -grid.extent();
    }

    /** The largest x1 (and x2) the field covers. */
    public float upper() {
        return grid.extent();
    }
}
