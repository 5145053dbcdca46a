package org.neurite.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.random.Rng;

class Generators2DTest {
    private static final int COUNT = 1000;

    private static Dataset make(String name, float noise, int seed) {
        return Generators2D.byName(name, COUNT, noise, new Rng(seed));
    }

    private static float x(Dataset d, int i) {
        return d.feature(i, 0);
    }

    private static float y(Dataset d, int i) {
        return d.feature(i, 1);
    }

    private static int countLabel(Dataset d, int label) {
        int n = 0;
        for (int i = 0; i < d.size(); i++) {
            n += d.label(i) == label ? 1 : 0;
        }
        return n;
    }

    @Test
    void everyGeneratorGivesCountSamplesInsideTheSquare() {
        for (String name : Generators2D.NAMES) {
            for (float noise : new float[] {0f, 0.25f, 0.5f}) {
                Dataset d = make(name, noise, 7);
                assertEquals(COUNT, d.size(), name);
                assertEquals(2, d.featureCount(), name);
                assertEquals("x1", d.featureName(0));
                assertEquals("x2", d.featureName(1));
                for (int i = 0; i < d.size(); i++) {
                    assertTrue(Math.abs(x(d, i)) <= 6f && Math.abs(y(d, i)) <= 6f,
                            name + " sample " + i + " at (" + x(d, i) + ", " + y(d, i) + ")");
                }
            }
        }
    }

    @Test
    void balancedAlternatingClasses() {
        for (String name : new String[] {"circle", "gaussian", "spiral"}) {
            Dataset d = make(name, 0f, 3);
            assertEquals(2, d.classCount());
            assertEquals(COUNT / 2, countLabel(d, 1), name);
            assertEquals(1, d.label(0), name);
            assertEquals(0, d.label(1), name);
        }
        Dataset xor = make("xor", 0f, 3);
        int ones = countLabel(xor, 1);
        assertTrue(ones > 420 && ones < 580, "xor has " + ones + " of class 1");
        Dataset multi = Generators2D.multiClass(COUNT, 5, 0f, new Rng(3));
        assertEquals(5, multi.classCount());
        for (int k = 0; k < 5; k++) {
            assertEquals(COUNT / 5, countLabel(multi, k));
        }
    }

    @Test
    void oddCountsAreExact() {
        assertEquals(7, Generators2D.spiral(7, 0f, new Rng(1)).size());
        assertEquals(4, countLabel(Generators2D.circle(7, 0f, new Rng(1)), 1));
    }

    @Test
    void sameSeedSameDataOtherSeedOtherData() {
        for (String name : Generators2D.NAMES) {
            Dataset a = make(name, 0.2f, 42);
            Dataset b = make(name, 0.2f, 42);
            Dataset c = make(name, 0.2f, 43);
            int differing = 0;
            for (int i = 0; i < COUNT; i++) {
                assertEquals(x(a, i), x(b, i), name);
                assertEquals(y(a, i), y(b, i), name);
                differing += x(a, i) != x(c, i) ? 1 : 0;
            }
            assertTrue(differing > COUNT / 2, name + ": only " + differing + " samples changed with the seed");
        }
    }

    @Test
    void noiselessCircleIsSeparatedByRadius() {
        Dataset d = make("circle", 0f, 11);
        for (int i = 0; i < d.size(); i++) {
            float r = (float) Math.hypot(x(d, i), y(d, i));
            assertEquals(r < 2.5f ? 1 : 0, d.label(i), "radius " + r);
            assertTrue(r <= 2.5f || r >= 3.5f - 1e-5f, "radius " + r + " in the gap");
            assertTrue(r <= 5f + 1e-5f);
        }
    }

    @Test
    void noiselessXorIsSeparatedByQuadrant() {
        Dataset d = make("xor", 0f, 12);
        for (int i = 0; i < d.size(); i++) {
            assertEquals(x(d, i) * y(d, i) > 0 ? 1 : 0, d.label(i));
            assertTrue(Math.abs(x(d, i)) >= 0.3f && Math.abs(y(d, i)) >= 0.3f);
        }
    }

    @Test
    void noiselessGaussiansAreSeparatedByTheDiagonal() {
        Dataset d = Generators2D.gaussian(20000, 0f, new Rng(13));
        for (int i = 0; i < d.size(); i++) {
            float sum = x(d, i) + y(d, i);
            assertEquals(sum > 0 ? 1 : 0, d.label(i));
            assertTrue(Math.abs(sum) >= 0.49f, "sum " + sum + " too near the boundary");
        }
    }

    @Test
    void noiseBlursLabels() {
        for (String name : new String[] {"circle", "xor"}) {
            Dataset d = make(name, 0.5f, 14);
            int flipped = 0;
            for (int i = 0; i < d.size(); i++) {
                float r = (float) Math.hypot(x(d, i), y(d, i));
                int clean = name.equals("circle") ? (r < 2.5f ? 1 : 0) : (x(d, i) * y(d, i) > 0 ? 1 : 0);
                flipped += clean != d.label(i) ? 1 : 0;
            }
            assertTrue(flipped > 50 && flipped < 500, name + ": " + flipped + " labels flipped");
        }
    }

    @Test
    void noiseWidensGaussians() {
        assertTrue(spread(make("gaussian", 0.5f, 5)) > 2.2f * spread(make("gaussian", 0f, 5)));
    }

    private static float spread(Dataset d) {
        double sum = 0;
        for (int i = 0; i < d.size(); i++) {
            float c = d.label(i) == 1 ? 2f : -2f;
            sum += Math.hypot(x(d, i) - c, y(d, i) - c);
        }
        return (float) (sum / d.size());
    }

    @Test
    void noiselessSpiralArmsAreOppositeAndReachRadius5() {
        Dataset d = Generators2D.spiral(400, 0f, new Rng(1));
        // Sample 2j and 2j+1 are the same step along arms rotated by half a turn.
        for (int i = 0; i < d.size(); i += 2) {
            assertEquals(-x(d, i), x(d, i + 1), 1e-5f);
            assertEquals(-y(d, i), y(d, i + 1), 1e-5f);
        }
        assertEquals(0f, x(d, 0));
        float last = (float) Math.hypot(x(d, 398), y(d, 398));
        assertEquals(5f * 199 / 200, last, 1e-4f);
    }

    @Test
    void multiClassBlobsSitOnTheirCentres() {
        Dataset d = Generators2D.multiClass(600, 3, 0f, new Rng(2));
        for (int i = 0; i < d.size(); i++) {
            double angle = 2 * Math.PI * d.label(i) / 3;
            double dist = Math.hypot(x(d, i) - 4 * Math.cos(angle), y(d, i) - 4 * Math.sin(angle));
            assertTrue(dist <= 3.5 * Math.sqrt(0.5) + 1e-4, "distance " + dist);
        }
    }

    /** Nearest centre is a linear rule (logit_k = c_k . x - |c_k|^2 / 2), so softmax regression can reach it. */
    @Test
    void multiClassIsNearlyLinearlySeparable() {
        for (int classes = 3; classes <= 6; classes++) {
            Dataset d = Generators2D.multiClass(1200, classes, 0f, new Rng(classes));
            int correct = 0;
            for (int i = 0; i < d.size(); i++) {
                int best = -1;
                double bestDistance = Double.MAX_VALUE;
                for (int k = 0; k < classes; k++) {
                    double angle = 2 * Math.PI * k / classes;
                    double dist = Math.hypot(x(d, i) - 4 * Math.cos(angle), y(d, i) - 4 * Math.sin(angle));
                    if (dist < bestDistance) {
                        bestDistance = dist;
                        best = k;
                    }
                }
                correct += best == d.label(i) ? 1 : 0;
            }
            assertTrue(correct >= 0.97 * d.size(), classes + " classes: " + correct + " of " + d.size());
        }
    }

    @Test
    void planeTargetIsTheScaledSum() {
        Dataset d = make("plane", 0f, 8);
        assertFalse(d.isClassification());
        for (int i = 0; i < d.size(); i++) {
            assertEquals((x(d, i) + y(d, i)) / 12f, d.target(i, 0), 1e-6f);
        }
        Dataset noisy = make("plane", 0.5f, 8);
        for (int i = 0; i < noisy.size(); i++) {
            assertTrue(Math.abs(noisy.target(i, 0)) <= 1f);
        }
    }

    @Test
    void multiGaussianBumps() {
        assertEquals(1f, Generators2D.bumpHeight(-4f, 2.5f));
        assertEquals(-1f, Generators2D.bumpHeight(0f, 2.5f));
        assertEquals(-0.5f, Generators2D.bumpHeight(4f, -1.5f), 1e-6f);
        assertEquals(0f, Generators2D.bumpHeight(6f, 6f));
        Dataset d = make("multigaussian", 0.3f, 9);
        float min = 0;
        float max = 0;
        for (int i = 0; i < d.size(); i++) {
            min = Math.min(min, d.target(i, 0));
            max = Math.max(max, d.target(i, 0));
        }
        assertTrue(min >= -1f && min < -0.8f && max <= 1f && max > 0.8f, min + " .. " + max);
    }

    @Test
    void badArguments() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Generators2D.byName("swirl", 10, 0f, new Rng(1)));
        assertEquals("unknown 2D dataset 'swirl'; choose one of: circle, xor, gaussian, spiral, multiclass, plane,"
                + " multigaussian, moons, checkerboard, rings, heart", unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Generators2D.circle(10, 0.6f, new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> Generators2D.circle(10, Float.NaN, new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> Generators2D.xor(0, 0f, new Rng(1)));
        IllegalArgumentException classes = assertThrows(IllegalArgumentException.class,
                () -> Generators2D.multiClass(10, 7, 0f, new Rng(1)));
        assertEquals("multiclass needs 3 to 6 classes, was 7", classes.getMessage());
        assertEquals(4, Generators2D.byName("multiclass", 10, 0f, new Rng(1)).classCount());
    }

    @Test
    void splitKeepsEverySample() {
        Dataset.Split split = make("spiral", 0.1f, 4).split(0.8f, new Rng(5));
        assertEquals(800, split.train.size());
        assertEquals(200, split.test.size());
    }
}
