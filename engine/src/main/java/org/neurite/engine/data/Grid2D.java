package org.neurite.engine.data;

/**
 * A square grid of sample points over [-extent, extent]², laid out as an image: row 0 is the top
 * (largest x2), column 0 the left (smallest x1), each point at the centre of its cell. One batch of these
 * points through a model gives a whole heatmap in one call.
 */
public final class Grid2D {
    /** The Playground's square: its generators draw points in [-6, 6]². */
    public static final float PLAYGROUND_EXTENT = 6f;

    private final int resolution;
    private final float extent;
    private final float[] points;

    /** {@code resolution} x {@code resolution} points over [-extent, extent]². */
    public Grid2D(int resolution, float extent) {
        if (resolution < 1 || resolution > 1024) {
            throw new IllegalArgumentException("grid resolution " + resolution + " must be 1 to 1024");
        }
        if (!(extent > 0f) || Float.isInfinite(extent)) {
            throw new IllegalArgumentException("grid extent " + extent + " must be a number above 0");
        }
        this.resolution = resolution;
        this.extent = extent;
        this.points = new float[2 * resolution * resolution];
        for (int row = 0; row < resolution; row++) {
            for (int column = 0; column < resolution; column++) {
                int i = row * resolution + column;
                points[2 * i] = x1(column);
                points[2 * i + 1] = x2(row);
            }
        }
    }

    /** Points per side. */
    public int resolution() {
        return resolution;
    }

    /** Number of points: resolution². */
    public int size() {
        return resolution * resolution;
    }

    /** Half the side of the square. */
    public float extent() {
        return extent;
    }

    /** Every point as x1, x2 pairs, row after row. Do not modify. */
    public float[] points() {
        return points;
    }

    /** x1 at the centre of {@code column}. */
    public float x1(int column) {
        return -extent + (2f * extent) * (column + 0.5f) / resolution;
    }

    /** x2 at the centre of {@code row} (row 0 is the top). */
    public float x2(int row) {
        return extent - (2f * extent) * (row + 0.5f) / resolution;
    }

    /** x1 at a horizontal position given as a fraction of the width (0 left, 1 right). */
    public float x1AtFraction(double fraction) {
        return (float) (-extent + 2.0 * extent * fraction);
    }

    /** x2 at a vertical position given as a fraction of the height (0 top, 1 bottom). */
    public float x2AtFraction(double fraction) {
        return (float) (extent - 2.0 * extent * fraction);
    }

    /** Where {@code x1} lies across the square, as a fraction of its width. */
    public double fractionOfX1(float x1) {
        return (x1 + extent) / (2.0 * extent);
    }

    /** Where {@code x2} lies down the square, as a fraction of its height. */
    public double fractionOfX2(float x2) {
        return (extent - x2) / (2.0 * extent);
    }

    /**
     * The smallest "nice" extent (1, 1.5, 2, 3, 5, 6 or 8 times a power of ten, at least the Playground's
     * 6 when the points fit in it) that holds every point of a 2-feature dataset with a 5% margin, so
     * uploaded data of any scale fills the square.
     */
    public static float extentCovering(Dataset points) {
        float largest = 0f;
        for (int i = 0; i < points.size(); i++) {
            largest = Math.max(largest, Math.max(Math.abs(points.feature(i, 0)), Math.abs(points.feature(i, 1))));
        }
        float needed = largest * 1.05f;
        if (needed <= PLAYGROUND_EXTENT) {
            return PLAYGROUND_EXTENT;
        }
        return niceAtLeast(needed);
    }

    static float niceAtLeast(float value) {
        float[] steps = {1f, 1.5f, 2f, 3f, 5f, 6f, 8f};
        double scale = 1;
        while (scale * 10 <= value) {
            scale *= 10;
        }
        while (scale > value) {
            scale /= 10;
        }
        for (int round = 0; round < 2; round++) {
            for (float step : steps) {
                if (step * scale >= value) {
                    return (float) (step * scale);
                }
            }
            scale *= 10;
        }
        return value;
    }
}
