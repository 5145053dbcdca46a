package org.neurite.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class Grid2DTest {
    @Test
    void pointsSitAtCellCentresRowZeroOnTop() {
        Grid2D grid = new Grid2D(4, 6f);
        float[] p = grid.points();
        assertEquals(16, grid.size());
        // cells are 3 wide: centres at -4.5, -1.5, 1.5, 4.5
        assertEquals(-4.5f, p[0]);
        assertEquals(4.5f, p[1]);
        assertEquals(-1.5f, p[2]);
        assertEquals(4.5f, p[3]);
        int last = 2 * 15;
        assertEquals(4.5f, p[last]);
        assertEquals(-4.5f, p[last + 1]);
    }

    @Test
    void fractionsMapToTheSquareAndBack() {
        Grid2D grid = new Grid2D(10, 6f);
        assertEquals(-6f, grid.x1AtFraction(0));
        assertEquals(3f, grid.x1AtFraction(0.75));
        assertEquals(6f, grid.x2AtFraction(0));
        assertEquals(-3f, grid.x2AtFraction(0.75));
        assertEquals(0.75, grid.fractionOfX1(3f), 1e-9);
        assertEquals(0.75, grid.fractionOfX2(-3f), 1e-9);
    }

    @Test
    void extentCoversTheDataWithANiceNumber() {
        assertEquals(6f, Grid2D.extentCovering(points(1f, -5.5f)));
        assertEquals(8f, Grid2D.extentCovering(points(7f, 0f)));
        assertEquals(150f, Grid2D.extentCovering(points(0f, -120f)));
        assertEquals(20f, Grid2D.extentCovering(points(19f, 2f)));
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Grid2D(0, 6f));
        assertThrows(IllegalArgumentException.class, () -> new Grid2D(10, 0f));
    }

    private static Dataset points(float x1, float x2) {
        return Dataset.regression("p", new float[] {x1, x2}, new int[] {2}, new float[] {0f}, 1);
    }
}
