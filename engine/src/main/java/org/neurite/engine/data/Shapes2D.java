package org.neurite.engine.data;

import org.neurite.engine.random.Rng;

/**
 * The 2D classification sets newer playgrounds offer beyond TensorFlow Playground's: two moons, a checkerboard,
 * two rings and a heart, over the same square as {@link Generators2D} (about [-6, 6]). Classes alternate sample by
 * sample, as there, so they are balanced. Noise 0..0.5 jitters the points of moons and rings and blurs the labels
 * of checkerboard and heart (each point is labelled by a jittered copy of its position).
 */
public final class Shapes2D {
    private static final float PI = (float) Math.PI;
    /** Side of a checkerboard square: a 4 x 4 board over the square. */
    static final float CELL = 3f;

    private Shapes2D() {
    }

    /** Two interleaving half circles (sklearn's make_moons, scaled by 4): class 1 is the upper moon. */
    public static Dataset moons(int count, float noise, Rng rng) {
        Generators2D.requireArguments(count, noise);
        float[] xy = new float[2 * count];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % 2 == 0 ? 1 : 0;
            float t = rng.uniform(0f, PI);
            float x = labels[i] == 1 ? (float) Math.cos(t) : 1f - (float) Math.cos(t);
            float y = labels[i] == 1 ? (float) Math.sin(t) : 0.5f - (float) Math.sin(t);
            putInside(xy, i, 4f * (x - 0.5f) + 2f * noise * rng.nextGaussian(),
                    4f * (y - 0.25f) + 2f * noise * rng.nextGaussian());
        }
        return Generators2D.classes("moons", xy, labels, 2);
    }

    /** A 4 x 4 board of 3 x 3 squares; class 1 on the squares whose row and column numbers add up to even. */
    public static Dataset checkerboard(int count, float noise, Rng rng) {
        Generators2D.requireArguments(count, noise);
        float[] xy = new float[2 * count];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            float x = rng.uniform(-Generators2D.EXTENT, Generators2D.EXTENT);
            float y = rng.uniform(-Generators2D.EXTENT, Generators2D.EXTENT);
            float jx = x + rng.uniform(-CELL, CELL) * noise;
            float jy = y + rng.uniform(-CELL, CELL) * noise;
            Generators2D.put(xy, i, x, y);
            labels[i] = square(jx, jy);
        }
        return Generators2D.classes("checkerboard", xy, labels, 2);
    }

    static int square(float x, float y) {
        int column = (int) Math.floor(x / CELL);
        int row = (int) Math.floor(y / CELL);
        return ((column + row) & 1) == 0 ? 1 : 0;
    }

    /** Two rings around the origin with a gap between: class 1 at radius 1.5..2.5, class 0 at 4..5. */
    public static Dataset rings(int count, float noise, Rng rng) {
        Generators2D.requireArguments(count, noise);
        float[] xy = new float[2 * count];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % 2 == 0 ? 1 : 0;
            float r = labels[i] == 1 ? rng.uniform(1.5f, 2.5f) : rng.uniform(4f, 5f);
            r += 2f * noise * rng.nextGaussian();
            float angle = rng.uniform(0f, 2f * PI);
            putInside(xy, i, r * (float) Math.cos(angle), r * (float) Math.sin(angle));
        }
        return Generators2D.classes("rings", xy, labels, 2);
    }

    /** Class 1 inside the heart (x^2 + y^2 - 1)^3 < x^2 y^3, scaled by 4; points are drawn until the class fits. */
    public static Dataset heart(int count, float noise, Rng rng) {
        Generators2D.requireArguments(count, noise);
        float[] xy = new float[2 * count];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            int wanted = i % 2 == 0 ? 1 : 0;
            while (true) {
                float x = rng.uniform(-Generators2D.EXTENT, Generators2D.EXTENT);
                float y = rng.uniform(-Generators2D.EXTENT, Generators2D.EXTENT);
                float jx = x + rng.uniform(-2f, 2f) * noise;
                float jy = y + rng.uniform(-2f, 2f) * noise;
                if (insideHeart(jx, jy) == (wanted == 1)) {
                    Generators2D.put(xy, i, x, y);
                    labels[i] = wanted;
                    break;
                }
            }
        }
        return Generators2D.classes("heart", xy, labels, 2);
    }

    /** Jittered points that would leave the square are kept on its edge, as every 2D set stays inside it. */
    private static void putInside(float[] xy, int i, float x, float y) {
        float e = Generators2D.EXTENT;
        Generators2D.put(xy, i, Math.max(-e, Math.min(e, x)), Math.max(-e, Math.min(e, y)));
    }

    static boolean insideHeart(float x, float y) {
        double u = x / 4.0;
        double v = y / 4.0 + 0.1;
        double s = u * u + v * v - 1;
        return s * s * s < u * u * v * v * v;
    }
}
