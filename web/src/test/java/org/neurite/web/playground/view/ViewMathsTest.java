package org.neurite.web.playground.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.web.canvas.Colours;

class ViewMathsTest {
    @Test
    void theDivergingScaleRunsOrangeNeutralBlue() {
        assertEquals(Palette.ORANGE, Palette.diverging(-1f));
        assertEquals(Palette.MIDDLE, Palette.diverging(0f));
        assertEquals(Palette.BLUE, Palette.diverging(3f), "clamped");
        assertEquals("#f59322", Colours.css(Palette.ORANGE));
    }

    @Test
    void aStepPaintsTheMiddleOfEachBlock() {
        HeatmapPainter painter = new HeatmapPainter(4);
        float[] values = new float[16];
        values[1 * 4 + 1] = 1f;
        values[3 * 4 + 3] = -1f;
        int[] out = new int[4];
        painter.signed(values, 0, 1, 1f, false, 2, out);
        assertEquals(Palette.pale(Palette.BLUE), out[0]);
        assertEquals(Palette.pale(Palette.ORANGE), out[3]);
        assertEquals(Palette.pale(Palette.MIDDLE), out[1]);
    }

    @Test
    void classesTakeTheLikeliestColourPalerWhenUnsure() {
        HeatmapPainter painter = new HeatmapPainter(1);
        int[] out = new int[1];
        painter.classes(new float[] {0.1f, 0.1f, 0.8f}, 3, false, 1, out);
        int sure = out[0];
        painter.classes(new float[] {0.3f, 0.3f, 0.4f}, 3, false, 1, out);
        int unsure = out[0];
        painter.classes(new float[] {0.3f, 0.3f, 0.4f}, 3, true, 1, out);
        assertEquals(Palette.pale(Palette.classColour(2)), out[0], "discretized: the class colour itself");
        assertTrue(((unsure >> 8) & 0xFF) > ((sure >> 8) & 0xFF), "closer to neutral");
    }

    @Test
    void theLinkUnderThePointerIsFound() {
        NetworkLayout layout = new NetworkLayout();
        layout.add(0, 0, 0, 0f, 0f, 100f, 100f);
        layout.add(0, 1, 0, 0f, 100f, 100f, 0f);
        assertEquals(0, layout.linkAt(50, 50, 1) >= 0 ? layout.linkAt(10, 1, 4) : -2, "near the start of link 0");
        assertEquals(1, layout.linkAt(10, 99, 4));
        assertEquals(-1, layout.linkAt(50, 20, 4), "between the curves");
        assertEquals(50.0, NetworkLayout.curveX(0, 100, 0.5), 1e-9);
        assertEquals(50.0, NetworkLayout.curveY(0, 100, 0.5), 1e-9);
        assertEquals(1, layout.find(0, 1, 0));
    }
}
