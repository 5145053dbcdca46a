package org.neurite.web.playground.view;

import org.neurite.engine.data.InputFeatures;
import org.neurite.web.playground.Playground;
import org.neurite.web.playground.data.PlaygroundData;
import org.neurite.web.playground.model.GridSurfaces;
import org.neurite.web.playground.model.Problem;

/**
 * Which numbers each node's heatmap shows, and how they are coloured: an input feature's value, a hidden
 * neuron's output (-1 orange to +1 blue, as Playground), the output's prediction (probability, class or
 * target). The numbers all come from one {@link GridSurfaces} pass.
 */
public final class NodeSurfaces {
    private final HeatmapPainter painter = new HeatmapPainter(Playground.GRID);

    /** Pixels per side of an image drawn with {@code step}. */
    public int side(int step) {
        return painter.side(step);
    }

    /** The heatmap of {@code node}, every {@code step}-th grid point, into {@code out}. */
    public void paint(Playground playground, NodeRef node, int step, boolean discretize, int[] out) {
        GridSurfaces surfaces = playground.surfaces();
        if (node.isInput()) {
            paintFeature(surfaces, node.feature(), step, discretize, out);
            return;
        }
        int last = playground.network().layerCount();
        if (node.layer() < last) {
            int width = surfaces.width(node.layer());
            painter.signed(surfaces.layerOutput(node.layer()), node.unit(), width, 1f, discretize, step, out);
            return;
        }
        PlaygroundData data = playground.data();
        if (data.problem() == Problem.MULTICLASS) {
            painter.classProbability(surfaces.prediction(), data.classCount(), node.unit(), step, out);
        } else {
            paintOutput(playground, step, discretize, out);
        }
    }

    /** The network's answer over the plane: the main view when no neuron is shown. */
    public void paintOutput(Playground playground, int step, boolean discretize, int[] out) {
        GridSurfaces surfaces = playground.surfaces();
        PlaygroundData data = playground.data();
        float[] p = surfaces.prediction();
        switch (data.problem()) {
            case BINARY:
                painter.probability(p, 0, 1, discretize, step, out);
                break;
            case MULTICLASS:
                painter.classes(p, data.classCount(), discretize, step, out);
                break;
            default:
                painter.signed(p, 0, 1, data.valueScale(), discretize, step, out);
                break;
        }
    }

    private void paintFeature(GridSurfaces surfaces, InputFeatures.Feature feature, int step, boolean discretize,
                              int[] out) {
        float extent = surfaces.grid().extent();
        float scale;
        switch (feature) {
            case X1:
            case X2:
                scale = extent;
                break;
            case SIN_X1:
            case SIN_X2:
                scale = 1f;
                break;
            default:
                scale = extent * extent;
                break;
        }
        painter.signed(surfaces.allFeatures(), feature.ordinal(), InputFeatures.Feature.values().length, scale,
                discretize, step, out);
    }
}
