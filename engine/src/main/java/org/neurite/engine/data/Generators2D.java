package org.neurite.engine.data;

import org.neurite.engine.random.Rng;

/**
 * The 2D datasets of TensorFlow Playground (its {@code dataset.ts}), with features x1, x2 in about [-6, 6].
 *
 * <p>Classification labels are 0/1 (Playground uses -1/+1; its positive class is our 1). As in Playground,
 * {@code noise} (0..0.5) blurs the labels of circle, xor, plane and multi-gaussian by labelling each point by
 * a jittered copy of its position, widens the blobs of gaussian and multi-class, and jitters the spiral.
 * At noise 0 circle, xor and gaussian are perfectly separable. Classes alternate sample by sample, so the
 * classes are balanced and any prefix of the data holds all of them.
 */
public final class Generators2D {
    public static final String[] NAMES = {"circle", "xor", "gaussian", "spiral", "multiclass", "plane",
        "multigaussian", "moons", "checkerboard", "rings", "heart"};
    public static final float MAX_NOISE = 0.5f;
    public static final int MIN_CLASSES = 3;
    public static final int MAX_CLASSES = 6;
    /** Classes of {@code multiclass} when {@link #byName(String, int, float, Rng)} is not told. */
    public static final int DEFAULT_CLASSES = 4;
    public static final int MAX_COUNT = 1_000_000;
    /** Half the side of the square the Playground draws; blob samples outside it are drawn again. */
    static final float EXTENT = 6f;
    static final float CIRCLE_RADIUS = 5f;
    static final float XOR_PADDING = 0.3f;
    /** Blob samples further than this many standard deviations from their centre are drawn again. */
    static final float BLOB_TRUNCATION = 3.5f;
    private static final float TWO_PI = (float) (2 * Math.PI);
    private static final float[][] REGRESSION_BUMPS = {
        {-4, 2.5f, 1}, {0, 2.5f, -1}, {4, 2.5f, 1}, {-4, -2.5f, -1}, {0, -2.5f, 1}, {4, -2.5f, -1}};

    private Generators2D() {
    }

    /** The generator called {@code name} (one of {@link #NAMES}); multiclass gets {@link #DEFAULT_CLASSES}. */
    public static Dataset byName(String name, int count, float noise, Rng rng) {
        return byName(name, count, noise, DEFAULT_CLASSES, rng);
    }

    /** As {@link #byName(String, int, float, Rng)}; {@code classes} is used by multiclass only. */
    public static Dataset byName(String name, int count, float noise, int classes, Rng rng) {
        switch (name) {
            case "circle": return circle(count, noise, rng);
            case "xor": return xor(count, noise, rng);
            case "gaussian": return gaussian(count, noise, rng);
            case "spiral": return spiral(count, noise, rng);
            case "multiclass": return multiClass(count, classes, noise, rng);
            case "plane": return plane(count, noise, rng);
            case "multigaussian": return multiGaussian(count, noise, rng);
            case "moons": return Shapes2D.moons(count, noise, rng);
            case "checkerboard": return Shapes2D.checkerboard(count, noise, rng);
            case "rings": return Shapes2D.rings(count, noise, rng);
            case "heart": return Shapes2D.heart(count, noise, rng);
            default:
                throw new IllegalArgumentException("unknown 2D dataset '" + name + "'; choose one of: "
                        + String.join(", ", NAMES));
        }
    }

    /** Class 1 inside radius 2.5, class 0 in the ring 3.5..5 around it. */
    public static Dataset circle(int count, float noise, Rng rng) {
        requireArguments(count, noise);
        float[] xy = new float[2 * count];
        int[] labels = new int[count];
        float inner = CIRCLE_RADIUS * 0.5f;
        for (int i = 0; i < count; i++) {
            float r = i % 2 == 0 ? rng.uniform(0f, inner) : rng.uniform(CIRCLE_RADIUS * 0.7f, CIRCLE_RADIUS);
            float angle = rng.uniform(0f, TWO_PI);
            float x = r * (float) Math.sin(angle);
            float y = r * (float) Math.cos(angle);
            float jx = x + rng.uniform(-CIRCLE_RADIUS, CIRCLE_RADIUS) * noise;
            float jy = y + rng.uniform(-CIRCLE_RADIUS, CIRCLE_RADIUS) * noise;
            put(xy, i, x, y);
            labels[i] = jx * jx + jy * jy < inner * inner ? 1 : 0;
        }
        return classes("circle", xy, labels, 2);
    }

    /** Class 1 where x1 and x2 have the same sign; points keep 0.3 away from the axes. */
    public static Dataset xor(int count, float noise, Rng rng) {
        requireArguments(count, noise);
        float[] xy = new float[2 * count];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            float x = padded(rng.uniform(-5f, 5f));
            float y = padded(rng.uniform(-5f, 5f));
            float jx = x + rng.uniform(-5f, 5f) * noise;
            float jy = y + rng.uniform(-5f, 5f) * noise;
            put(xy, i, x, y);
            labels[i] = jx * jy >= 0f ? 1 : 0;
        }
        return classes("xor", xy, labels, 2);
    }

    /** Class 1 around (2, 2), class 0 around (-2, -2); the variance grows from 0.5 to 4 with the noise. */
    public static Dataset gaussian(int count, float noise, Rng rng) {
        requireArguments(count, noise);
        float sd = blobDeviation(noise);
        float[] xy = new float[2 * count];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % 2 == 0 ? 1 : 0;
            float centre = labels[i] == 1 ? 2f : -2f;
            putBlobPoint(xy, i, centre, centre, sd, rng);
        }
        return classes("gaussian", xy, labels, 2);
    }

    /** Two interleaved spiral arms of 1.75 turns out to radius 5; the noise jitters each point by up to ±noise. */
    public static Dataset spiral(int count, float noise, Rng rng) {
        requireArguments(count, noise);
        float[] xy = new float[2 * count];
        int[] labels = new int[count];
        int[] armSize = {(count + 1) / 2, count / 2};
        for (int i = 0; i < count; i++) {
            int arm = i % 2;
            float along = (float) (i / 2) / armSize[arm];
            float r = along * 5f;
            float t = 1.75f * along * TWO_PI + arm * (float) Math.PI;
            float x = r * (float) Math.sin(t) + rng.uniform(-1f, 1f) * noise;
            float y = r * (float) Math.cos(t) + rng.uniform(-1f, 1f) * noise;
            put(xy, i, x, y);
            labels[i] = arm == 0 ? 1 : 0;
        }
        return classes("spiral", xy, labels, 2);
    }

    /**
     * {@code classes} (3..6) gaussian blobs evenly spaced on a circle of radius 4, spread as in
     * {@link #gaussian}. Blobs on a circle are separated by straight lines, so softmax regression can learn it.
     */
    public static Dataset multiClass(int count, int classes, float noise, Rng rng) {
        requireArguments(count, noise);
        if (classes < MIN_CLASSES || classes > MAX_CLASSES) {
            throw new IllegalArgumentException("multiclass needs " + MIN_CLASSES + " to " + MAX_CLASSES
                    + " classes, was " + classes);
        }
        float sd = blobDeviation(noise);
        float[] xy = new float[2 * count];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % classes;
            float angle = TWO_PI * labels[i] / classes;
            putBlobPoint(xy, i, 4f * (float) Math.cos(angle), 4f * (float) Math.sin(angle), sd, rng);
        }
        return classes("multiclass", xy, labels, classes);
    }

    /**
     * Target (x1 + x2) / 12, so [-1, 1] over the square (Playground divides by 10 and lets the corners
     * exceed 1); with noise the target is taken at a jittered position and clamped to [-1, 1].
     */
    public static Dataset plane(int count, float noise, Rng rng) {
        requireArguments(count, noise);
        float[] xy = new float[2 * count];
        float[] targets = new float[count];
        for (int i = 0; i < count; i++) {
            float x = rng.uniform(-EXTENT, EXTENT);
            float y = rng.uniform(-EXTENT, EXTENT);
            float jx = x + rng.uniform(-EXTENT, EXTENT) * noise;
            float jy = y + rng.uniform(-EXTENT, EXTENT) * noise;
            put(xy, i, x, y);
            targets[i] = clamp((jx + jy) / (2f * EXTENT));
        }
        return Dataset.regression("plane", xy, new int[] {2}, targets, 1, "x1", "x2");
    }

    /**
     * Six bumps of height ±1 (a 3x2 checkerboard at x1 = -4, 0, 4 and x2 = ±2.5), each falling linearly to 0
     * at distance 2; the target is the bump of largest magnitude at the (jittered) position.
     */
    public static Dataset multiGaussian(int count, float noise, Rng rng) {
        requireArguments(count, noise);
        float[] xy = new float[2 * count];
        float[] targets = new float[count];
        for (int i = 0; i < count; i++) {
            float x = rng.uniform(-EXTENT, EXTENT);
            float y = rng.uniform(-EXTENT, EXTENT);
            float jx = x + rng.uniform(-EXTENT, EXTENT) * noise;
            float jy = y + rng.uniform(-EXTENT, EXTENT) * noise;
            put(xy, i, x, y);
            targets[i] = bumpHeight(jx, jy);
        }
        return Dataset.regression("multigaussian", xy, new int[] {2}, targets, 1, "x1", "x2");
    }

    static float bumpHeight(float x, float y) {
        float height = 0f;
        for (float[] bump : REGRESSION_BUMPS) {
            float dx = x - bump[0];
            float dy = y - bump[1];
            float falloff = Math.max(0f, 1f - (float) Math.sqrt(dx * dx + dy * dy) / 2f);
            float candidate = bump[2] * falloff;
            if (Math.abs(candidate) > Math.abs(height)) {
                height = candidate;
            }
        }
        return height;
    }

    /** Playground's variance scale, 0.5 at noise 0 to 4 at noise 0.5, as a standard deviation. */
    static float blobDeviation(float noise) {
        float variance = 0.5f + (4f - 0.5f) * (noise / MAX_NOISE);
        return (float) Math.sqrt(variance);
    }

    /**
     * A normal sample around (cx, cy), drawn again while it lies beyond {@link #BLOB_TRUNCATION} deviations
     * or outside the square: at noise 0 that keeps the two gaussian blobs strictly apart (Playground's
     * untruncated ones overlap about once in 30,000 points); it drops about 0.2% of the samples at noise 0,
     * more at high noise where the square cuts in.
     */
    private static void putBlobPoint(float[] xy, int i, float cx, float cy, float sd, Rng rng) {
        float limit = BLOB_TRUNCATION * BLOB_TRUNCATION;
        while (true) {
            float gx = rng.nextGaussian();
            float gy = rng.nextGaussian();
            float x = cx + sd * gx;
            float y = cy + sd * gy;
            if (gx * gx + gy * gy <= limit && Math.abs(x) <= EXTENT && Math.abs(y) <= EXTENT) {
                put(xy, i, x, y);
                return;
            }
        }
    }

    private static float padded(float v) {
        return v > 0f ? v + XOR_PADDING : v - XOR_PADDING;
    }

    private static float clamp(float v) {
        return Math.max(-1f, Math.min(1f, v));
    }

    static void put(float[] xy, int i, float x, float y) {
        xy[2 * i] = x;
        xy[2 * i + 1] = y;
    }

    static Dataset classes(String name, float[] xy, int[] labels, int classCount) {
        return Dataset.classification(name, xy, new int[] {2}, labels, classCount, "x1", "x2");
    }

    static void requireArguments(int count, float noise) {
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("sample count must be 1 to " + MAX_COUNT + ", was " + count);
        }
        if (!(noise >= 0f && noise <= MAX_NOISE)) {
            throw new IllegalArgumentException("noise must be between 0 and " + MAX_NOISE + ", was " + noise);
        }
    }
}
