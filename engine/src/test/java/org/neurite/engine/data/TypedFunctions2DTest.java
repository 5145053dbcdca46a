package org.neurite.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.random.Rng;

class TypedFunctions2DTest {
    @Test
    void aTypedBoundaryLabelsClassOneWhereItHolds() {
        Dataset d = TypedFunctions2D.boundary("x2 > sin(3 * x1)", 400, 0f, new Rng(3));
        for (int i = 0; i < d.size(); i++) {
            float x1 = d.feature(i, 0);
            float x2 = d.feature(i, 1);
            assertEquals(x2 > Math.sin(3 * x1) ? 1 : 0, d.label(i), "at " + x1 + ", " + x2);
        }
        Dataset flipped = TypedFunctions2D.boundary("y < sin(3*x)", 400, 0f, new Rng(3));
        for (int i = 0; i < d.size(); i++) {
            assertEquals(1 - d.label(i), flipped.label(i), "x and y name x1 and x2; '<' flips the classes");
        }
        Dataset bare = TypedFunctions2D.boundary("x1 * x2", 400, 0f, new Rng(3));
        assertEquals(d.feature(7, 0), bare.feature(7, 0), "same seed, same points");
        assertEquals(bare.feature(7, 0) * bare.feature(7, 1) > 0 ? 1 : 0, bare.label(7), "no comparison: f > 0");
    }

    @Test
    void aTypedFunctionGivesTheRegressionTargets() {
        Dataset d = TypedFunctions2D.function("sin(x1) * cos(x2)", 100, 0f, new Rng(4));
        assertTrue(!d.isClassification());
        for (int i = 0; i < d.size(); i++) {
            assertEquals(Math.sin(d.feature(i, 0)) * Math.cos(d.feature(i, 1)), d.target(i, 0), 1e-6);
        }
    }

    @Test
    void mistakesAreExplained() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> TypedFunctions2D.boundary("x2 > sin(3 * z)", 10, 0f, new Rng(1))).getMessage()
                .contains("'z' is not an input: use x1 and x2"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> TypedFunctions2D.boundary("x1 > 100", 50, 0f, new Rng(1))).getMessage()
                .contains("puts every point in class 0"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> TypedFunctions2D.function("log(x1)", 50, 0f, new Rng(1))).getMessage()
                .contains("is not a number at"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> TypedFunctions2D.function("sin(x1", 50, 0f, new Rng(1))).getMessage().contains("')'"));
    }
}
