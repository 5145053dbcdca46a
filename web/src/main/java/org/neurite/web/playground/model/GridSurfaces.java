package org.neurite.web.playground.model;

import org.neurite.engine.data.Grid2D;
import org.neurite.engine.data.InputFeatures;
import org.neurite.engine.nn.LayerActivations;
import org.neurite.engine.nn.Model;

/**
 * What every node of the network computes over the square: the input features at each grid point and,
 * after {@link #compute()}, each layer's outputs and the prediction, from ONE forward pass of the whole
 * grid through the engine. The views only colour these numbers.
 */
public final class GridSurfaces {
    private static final InputFeatures ALL = InputFeatures.of(InputFeatures.Feature.values());

    private final Grid2D grid;
    private final InputFeatures features;
    private final float[] inputs;
    private final float[] allFeatures;
    private final LayerActivations activations;
    private final int weightsPerPoint;
    private int computedVersion = -1;
    private int passVersion;
    private int next;

    public GridSurfaces(Model model, InputFeatures features, float extent, int resolution) {
        this.grid = new Grid2D(resolution, extent);
        this.features = features;
        this.inputs = new float[grid.size() * features.count()];
        features.transform(grid.points(), grid.size(), inputs);
        this.allFeatures = new float[grid.size() * ALL.count()];
        ALL.transform(grid.points(), grid.size(), allFeatures);
        this.activations = new LayerActivations(model);
        this.weightsPerPoint = Math.max(1, model.parameterCount());
    }

    /** Runs the whole grid through the model unless the weights are unchanged since the last full pass. */
    public void compute(int weightVersion) {
        if (weightVersion != computedVersion || next != 0) {
            activations.compute(inputs, grid.size());
            computedVersion = weightVersion;
            next = 0;
        }
    }

    /**
     * Goes on with the current pass over the grid for about {@code multiplyAdds} multiply-adds (at least a
     * row), so a big network's grid is spread over several frames; returns true when this call finished a pass
     * and every surface is fresh. Starts no pass while the weights are those of the last one.
     */
    public boolean computeSome(int weightVersion, int multiplyAdds) {
        if (next == 0) {
            if (weightVersion == computedVersion) {
                return false;
            }
            passVersion = weightVersion;
        }
        int points = Math.max(grid.resolution(), multiplyAdds / weightsPerPoint);
        int count = Math.min(points, grid.size() - next);
        activations.computeRange(inputs, next, count, grid.size());
        next += count;
        if (next < grid.size()) {
            return false;
        }
        next = 0;
        computedVersion = passVersion;
        return true;
    }

    public Grid2D grid() {
        return grid;
    }

    public InputFeatures features() {
        return features;
    }

    /** The feature values per grid point: {@code features().count()} per point. */
    public float[] inputs() {
        return inputs;
    }

    /** Every one of the seven features per grid point, used or not, in their canonical order. */
    public float[] allFeatures() {
        return allFeatures;
    }

    /** Layer {@code index}'s outputs per grid point: {@code width(index)} per point. */
    public float[] layerOutput(int index) {
        return activations.output(index);
    }

    public int width(int index) {
        return activations.width(index);
    }

    /** The prediction per grid point: {@code outputWidth()} per point. */
    public float[] prediction() {
        return activations.prediction();
    }

    public int outputWidth() {
        return activations.model().outputSize();
    }
}
