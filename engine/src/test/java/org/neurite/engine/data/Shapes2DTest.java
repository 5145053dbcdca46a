package org.neurite.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.random.Rng;

class Shapes2DTest {
    private static float[] features(Dataset d) {
        float[] xy = new float[2 * d.size()];
        d.copyFeatures(Dataset.identityOrder(d.size()), 0, d.size(), xy);
        return xy;
    }

    @Test
    void sameSeedSameDataForEveryNewSet() {
        for (String name : new String[] {"moons", "checkerboard", "rings", "heart"}) {
            Dataset a = Generators2D.byName(name, 200, 0.2f, new Rng(9));
            Dataset b = Generators2D.byName(name, 200, 0.2f, new Rng(9));
            assertArrayEquals(features(a), features(b), name);
            assertEquals(name, a.name());
            assertEquals(2, a.classCount());
            int ones = 0;
            for (int i = 0; i < a.size(); i++) {
                ones += a.label(i);
                assertTrue(Math.abs(a.feature(i, 0)) <= 7f && Math.abs(a.feature(i, 1)) <= 7f, name + " in the square");
            }
            if (!name.equals("checkerboard")) {
                assertEquals(100, ones, name + ": classes alternate");
            } else {
                assertTrue(ones > 70 && ones < 130, "checkerboard: half the board is class 1, " + ones);
            }
        }
    }

    @Test
    void atNoiseZeroEveryLabelFollowsItsShape() {
        Dataset rings = Shapes2D.rings(300, 0f, new Rng(1));
        Dataset board = Shapes2D.checkerboard(300, 0f, new Rng(1));
        Dataset heart = Shapes2D.heart(300, 0f, new Rng(1));
        Dataset moons = Shapes2D.moons(300, 0f, new Rng(1));
        for (int i = 0; i < 300; i++) {
            float r = (float) Math.hypot(rings.feature(i, 0), rings.feature(i, 1));
            assertEquals(r < 3f ? 1 : 0, rings.label(i), "ring radius " + r);
            assertEquals(Shapes2D.square(board.feature(i, 0), board.feature(i, 1)), board.label(i));
            assertEquals(Shapes2D.insideHeart(heart.feature(i, 0), heart.feature(i, 1)) ? 1 : 0, heart.label(i));
            // the upper moon's points lie on the unit circle around (-2, -1) after scaling by 4
            if (moons.label(i) == 1) {
                assertEquals(4f, Math.hypot(moons.feature(i, 0) + 2f, moons.feature(i, 1) + 1f), 1e-4);
            }
        }
        assertEquals(1, Shapes2D.square(1f, 1f));
        assertEquals(0, Shapes2D.square(4f, 1f));
        assertTrue(Shapes2D.insideHeart(0f, 0f));
        assertTrue(!Shapes2D.insideHeart(5.5f, 5.5f));
    }
}
