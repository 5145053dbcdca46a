package org.neurite.engine.lessons;

import org.neurite.engine.nn.Dense;
import org.neurite.engine.nn.Layer;
import org.neurite.engine.nn.Model;

/**
 * A 2-input model evaluated on a square grid of points, for heatmaps: what the network outputs everywhere
 * in the plane (its decision boundary) and what each hidden neuron responds to (the features it learned).
 * Cells are row-major with row 0 at the top (largest x2), as an image is drawn.
 */
public final class ModelField {
    private final Model model;
    private final int resolution;
    private final float lower;
    private final float upper;
    private final float[] grid;
    private final float[] output;
    private final float[][][] hidden;

    /** A {@code resolution} x {@code resolution} grid over [lower, upper] in both x1 and x2. */
    public ModelField(Model model, int resolution, float lower, float upper) {
        if (model.inputSize() != 2) {
            throw new IllegalArgumentException("a field needs a model with 2 inputs (x1, x2), this one has "
                    + model.inputSize());
        }
        this.model = model;
        this.resolution = resolution;
        this.lower = lower;
        this.upper = upper;
        int cells = resolution * resolution;
        this.grid = new float[2 * cells];
        for (int r = 0; r < resolution; r++) {
            for (int c = 0; c < resolution; c++) {
                int i = r * resolution + c;
                grid[2 * i] = coordinate(c);
                grid[2 * i + 1] = coordinate(resolution - 1 - r);
            }
        }
        this.output = new float[cells * model.outputSize()];
        Layer[] layers = model.layers();
        this.hidden = new float[layers.length][][];
        for (int l = 0; l < layers.length; l++) {
            hidden[l] = new float[layers[l].outputSize()][cells];
        }
    }

    /** The x1 (or x2) value at the centre of column (or row from the bottom) {@code index}. */
    public float coordinate(int index) {
        return lower + (upper - lower) * (index + 0.5f) / resolution;
    }

    /** Re-evaluates the model everywhere: one forward pass over all cells. Call after the weights change. */
    public void update() {
        int cells = resolution * resolution;
        float[] prediction = model.predict(grid, cells);
        System.arraycopy(prediction, 0, output, 0, output.length);
        Layer[] layers = model.layers();
        for (int l = 0; l < layers.length; l++) {
            if (!(layers[l] instanceof Dense)) {
                continue;
            }
            Dense dense = (Dense) layers[l];
            float[] z = dense.preActivations();
            int units = dense.outputSize();
            for (int u = 0; u < units; u++) {
                float[] map = hidden[l][u];
                for (int i = 0; i < cells; i++) {
                    map[i] = dense.activation().value(z[i * units + u]);
                }
            }
        }
    }

    /** What the model predicts in each cell (a probability for classification); a cell's outputs are consecutive. */
    public float[] output() {
        return output;
    }

    /** The activation of unit {@code unit} of layer {@code layer} in each cell (live buffer). */
    public float[] unit(int layer, int unit) {
        return hidden[layer][unit];
    }

    public int resolution() {
        return resolution;
    }

    public float lower() {
        return lower;
    }

    public float upper() {
        return upper;
    }
}
