package org.neurite.web.playground.view;

/**
 * Turns values computed over a square grid into heatmap pixels (packed 0xRRGGBB). It reads the engine's numbers and picks
 * colours; it computes nothing about the network. The values of one surface sit at {@code offset},
 * {@code offset + stride}, ... (a layer's output holds every neuron of a point side by side), and
 * {@code step} skips grid points to draw a smaller image (the neuron thumbnails).
 */
public final class HeatmapPainter {
    private final int resolution;

    /** A painter for grids of {@code resolution} x {@code resolution} points. */
    public HeatmapPainter(int resolution) {
        this.resolution = resolution;
    }

    /** Pixels per side of an image drawn with {@code step}. */
    public int side(int step) {
        return resolution / step;
    }

    /** Signed values: -scale orange, 0 neutral, +scale blue; {@code discretize} keeps only the sign. */
    public void signed(float[] values, int offset, int stride, float scale, boolean discretize, int step, int[] out) {
        int side = side(step);
        for (int row = 0; row < side; row++) {
            for (int column = 0; column < side; column++) {
                float v = values[offset + stride * index(row, column, step)] / scale;
                out[row * side + column] = Palette.pale(Palette.diverging(discretize ? sign(v) : v));
            }
        }
    }

    /** A probability of class 1: 0 orange, 0.5 neutral, 1 blue. */
    public void probability(float[] p, int offset, int stride, boolean discretize, int step, int[] out) {
        int side = side(step);
        for (int row = 0; row < side; row++) {
            for (int column = 0; column < side; column++) {
                float v = 2f * p[offset + stride * index(row, column, step)] - 1f;
                out[row * side + column] = Palette.pale(Palette.diverging(discretize ? sign(v) : v));
            }
        }
    }

    /**
     * Several class probabilities per point: the likeliest class's colour, paler as the network is less sure
     * (fully neutral when all {@code k} classes are equally likely); {@code discretize} drops the shading.
     */
    public void classes(float[] p, int k, boolean discretize, int step, int[] out) {
        int side = side(step);
        float chance = 1f / k;
        for (int row = 0; row < side; row++) {
            for (int column = 0; column < side; column++) {
                int at = k * index(row, column, step);
                int best = 0;
                for (int j = 1; j < k; j++) {
                    if (p[at + j] > p[at + best]) {
                        best = j;
                    }
                }
                float sureness = discretize ? 1f : (p[at + best] - chance) / (1f - chance);
                out[row * side + column] = Palette.pale(Palette.towards(Palette.classColour(best), sureness));
            }
        }
    }

    /** The probability of one class: neutral at 0, the class's colour at 1. */
    public void classProbability(float[] p, int k, int classIndex, int step, int[] out) {
        int side = side(step);
        for (int row = 0; row < side; row++) {
            for (int column = 0; column < side; column++) {
                float v = p[k * index(row, column, step) + classIndex];
                out[row * side + column] = Palette.pale(Palette.towards(Palette.classColour(classIndex), v));
            }
        }
    }

    /** The grid point drawn at (row, column) of a stepped image: the middle of its block. */
    private int index(int row, int column, int step) {
        int half = step / 2;
        return (row * step + half) * resolution + column * step + half;
    }

    private static float sign(float v) {
        return v > 0f ? 1f : v < 0f ? -1f : 0f;
    }
}
