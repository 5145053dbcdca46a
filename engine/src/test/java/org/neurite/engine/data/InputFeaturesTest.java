package org.neurite.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.data.InputFeatures.Feature;

class InputFeaturesTest {
    @Test
    void everyFeatureAtOnePointWorkedByHand() {
        InputFeatures all = InputFeatures.parse("x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2");
        float[] out = new float[7];
        all.transform(new float[] {2f, -3f}, 1, out);
        assertEquals(2f, out[0]);
        assertEquals(-3f, out[1]);
        assertEquals(4f, out[2]);
        assertEquals(9f, out[3]);
        assertEquals(-6f, out[4]);
        assertEquals(0.9092974f, out[5], 1e-6f);
        assertEquals(-0.14112f, out[6], 1e-6f);
    }

    @Test
    void theOrderIsCanonicalWhateverTheOrderWritten() {
        InputFeatures a = InputFeatures.parse("sinx2, x1 ,x1sq");
        assertEquals("x1,x1sq,sinx2", a.ids());
        assertEquals(a, InputFeatures.of(Feature.X1_SQUARED, Feature.SIN_X2, Feature.X1));
        assertEquals(3, a.count());
        assertEquals(Feature.SIN_X2, a.feature(2));
    }

    @Test
    void severalPointsRowAfterRow() {
        InputFeatures f = InputFeatures.parse("x1x2,x2");
        float[] out = new float[4];
        f.transform(new float[] {1f, 2f, -1f, 5f}, 2, out);
        // columns in canonical order: x2, then x1x2
        assertEquals(2f, out[0]);
        assertEquals(2f, out[1]);
        assertEquals(5f, out[2]);
        assertEquals(-5f, out[3]);
    }

    @Test
    void toggleAddsAndRemovesButNeverEmpties() {
        InputFeatures f = InputFeatures.COORDINATES.toggle(Feature.SIN_X1);
        assertTrue(f.contains(Feature.SIN_X1));
        assertEquals("x1,x2,sinx1", f.ids());
        InputFeatures back = f.toggle(Feature.SIN_X1).toggle(Feature.X2);
        assertFalse(back.contains(Feature.X2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> back.toggle(Feature.X1));
        assertTrue(e.getMessage().contains("at least one input feature"), e.getMessage());
    }

    @Test
    void unknownAndEmptyAreRefusedWithTheAllowedIds() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> InputFeatures.parse("x1,x3"));
        assertEquals("unknown input feature 'x3' (allowed: x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2)",
                unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> InputFeatures.parse(" , "));
    }

    @Test
    void applyKeepsLabelsAndTargets() {
        Dataset points = Dataset.classification("p", new float[] {1f, 2f, 3f, -1f}, new int[] {2}, new int[] {1, 0}, 2);
        Dataset seen = InputFeatures.parse("x1,x1x2").apply(points);
        assertEquals(2, seen.featureCount());
        assertEquals("x1x2", seen.featureName(1));
        assertEquals(-3f, seen.feature(1, 1));
        assertEquals(0, seen.label(1));
        assertEquals(2, seen.classCount());

        Dataset plane = Dataset.regression("r", new float[] {1f, 2f}, new int[] {2}, new float[] {0.25f}, 1);
        Dataset squared = InputFeatures.parse("x2sq").apply(plane);
        assertEquals(4f, squared.feature(0, 0));
        assertEquals(0.25f, squared.target(0, 0));
    }
}
