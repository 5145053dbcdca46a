package org.neurite.web.playground.view;

/**
 * Where the links of the network diagram run, in the diagram's CSS pixels, and which one a pointer is on.
 * A link is the curve Playground draws: a cubic from one node's centre to the next column's, leaving and
 * arriving horizontally. The views measure the nodes; this only does the geometry.
 */
public final class NetworkLayout {
    private static final int SAMPLES = 16;

    private float[] ends = new float[0];
    private int[] layer = new int[0];
    private int[] from = new int[0];
    private int[] to = new int[0];
    private int count;

    /** Forgets every link. */
    public void clear() {
        count = 0;
    }

    /**
     * Adds the link of weight W[from][to] of model layer {@code layer}, drawn from (x1, y1) to (x2, y2).
     */
    public void add(int layerIndex, int fromIndex, int toIndex, float x1, float y1, float x2, float y2) {
        if (count == layer.length) {
            int capacity = Math.max(16, 2 * count);
            ends = java.util.Arrays.copyOf(ends, 4 * capacity);
            layer = java.util.Arrays.copyOf(layer, capacity);
            from = java.util.Arrays.copyOf(from, capacity);
            to = java.util.Arrays.copyOf(to, capacity);
        }
        ends[4 * count] = x1;
        ends[4 * count + 1] = y1;
        ends[4 * count + 2] = x2;
        ends[4 * count + 3] = y2;
        layer[count] = layerIndex;
        from[count] = fromIndex;
        to[count] = toIndex;
        count++;
    }

    public int count() {
        return count;
    }

    /** x1, y1, x2, y2 per link. */
    public float[] ends() {
        return java.util.Arrays.copyOf(ends, 4 * count);
    }

    public int layer(int link) {
        return layer[link];
    }

    public int from(int link) {
        return from[link];
    }

    public int to(int link) {
        return to[link];
    }

    /** The link with layer, from and to, or -1. */
    public int find(int layerIndex, int fromIndex, int toIndex) {
        for (int i = 0; i < count; i++) {
            if (layer[i] == layerIndex && from[i] == fromIndex && to[i] == toIndex) {
                return i;
            }
        }
        return -1;
    }

    /** The link whose curve passes nearest (x, y), if within {@code tolerance}; else -1. */
    public int linkAt(double x, double y, double tolerance) {
        int best = -1;
        double bestDistance = tolerance * tolerance;
        for (int i = 0; i < count; i++) {
            double d = squaredDistance(i, x, y);
            if (d <= bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    /** The squared distance from (x, y) to link {@code i}'s curve, sampled as a polyline. */
    double squaredDistance(int i, double x, double y) {
        double x1 = ends[4 * i];
        double y1 = ends[4 * i + 1];
        double x2 = ends[4 * i + 2];
        double y2 = ends[4 * i + 3];
        if (x < Math.min(x1, x2) - 8 || x > Math.max(x1, x2) + 8) {
            return Double.MAX_VALUE;
        }
        double best = Double.MAX_VALUE;
        double px = x1;
        double py = y1;
        for (int s = 1; s <= SAMPLES; s++) {
            double t = (double) s / SAMPLES;
            double qx = curveX(x1, x2, t);
            double qy = curveY(y1, y2, t);
            best = Math.min(best, segmentDistance(x, y, px, py, qx, qy));
            px = qx;
            py = qy;
        }
        return best;
    }

    /** The cubic with control points (xm, y1) and (xm, y2), xm halfway: its x and y at t. */
    static double curveX(double x1, double x2, double t) {
        double xm = (x1 + x2) / 2;
        double u = 1 - t;
        return u * u * u * x1 + 3 * u * u * t * xm + 3 * u * t * t * xm + t * t * t * x2;
    }

    static double curveY(double y1, double y2, double t) {
        double u = 1 - t;
        return u * u * u * y1 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y2;
    }

    private static double segmentDistance(double x, double y, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : ((x - ax) * dx + (y - ay) * dy) / length;
        t = t < 0 ? 0 : t > 1 ? 1 : t;
        double ex = ax + t * dx - x;
        double ey = ay + t * dy - y;
        return ex * ex + ey * ey;
    }
}
