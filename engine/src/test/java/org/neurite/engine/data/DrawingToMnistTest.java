package org.neurite.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DrawingToMnistTest {
    private static final int PAD = 280;

    @Test
    void aSquareAnywhereOnThePadBecomesTheCentredTwentyPixelBox() {
        float[] ink = new float[PAD * PAD];
        fill(ink, PAD, 150, 30, 100, 100, 1f);
        float[] out = DrawingToMnist.fromInk(ink, PAD, PAD);
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                boolean inside = x >= 4 && x < 24 && y >= 4 && y < 24;
                assertEquals(inside ? 1f : 0f, out[y * 28 + x], 1e-6f, "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void aTallStrokeKeepsItsAspectRatioAndIsCentredByItsMass() {
        // 50 x 200 px: the long side becomes 20, so 5 x 20; mass centre x = 2.5 goes to 14 -> left = 11.5 -> 12
        float[] ink = new float[PAD * PAD];
        fill(ink, PAD, 10, 40, 50, 200, 1f);
        float[] out = DrawingToMnist.fromInk(ink, PAD, PAD);
        assertEquals(100f, sum(out), 1e-4f);
        for (int y = 4; y < 24; y++) {
            for (int x = 12; x < 17; x++) {
                assertEquals(1f, out[y * 28 + x], 1e-6f, "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void shrinkingAveragesTheInkIntoGreyLevels() {
        // a 40 x 40 box halves to 20 x 20: each output pixel is the mean of 2 x 2 inputs, so one inked input
        // pixel gives 0.25. Inked: (0,0), (10,10), (39,39) -> outputs (0,0), (5,5), (19,19). Their mass centre
        // is (0.5 + 5.5 + 19.5) / 3 = 8.5 on both axes, placed at 14: offset round(5.5) = 6.
        float[] ink = new float[40 * 40];
        ink[0] = 1f;
        ink[10 * 40 + 10] = 1f;
        ink[39 * 40 + 39] = 1f;
        float[] out = DrawingToMnist.fromInk(ink, 40, 40);
        assertEquals(0.75f, sum(out), 1e-6f);
        assertEquals(0.25f, out[6 * 28 + 6], 1e-6f);
        assertEquals(0.25f, out[11 * 28 + 11], 1e-6f);
        assertEquals(0.25f, out[25 * 28 + 25], 1e-6f);
    }

    @Test
    void fractionalCoverageIsWeightedByOverlap() {
        // 30 input pixels into 20: each output covers 1.5 inputs. Input 1 (only) inked: output 0 covers [0, 1.5)
        // -> half of pixel 1 -> 0.5 / 1.5 = 1/3; output 1 covers [1.5, 3) -> half of pixel 1 -> 1/3.
        float[] out = new float[20];
        float[] in = new float[30];
        in[1] = 1f;
        AreaResample.line(in, 0, 1, 30, out, 0, 1, 20);
        assertEquals(1f / 3f, out[0], 1e-6f);
        assertEquals(1f / 3f, out[1], 1e-6f);
        assertEquals(0f, out[2], 0f);
        assertEquals(1f, (out[0] + out[1]) * 1.5f, 1e-5f, "the ink is conserved");
    }

    @Test
    void aDotIsEnlargedToTheBox() {
        float[] ink = new float[PAD * PAD];
        fill(ink, PAD, 200, 200, 2, 2, 0.5f);
        float[] out = DrawingToMnist.fromInk(ink, PAD, PAD);
        assertEquals(400 * 0.5f, sum(out), 1e-3f);
        assertEquals(0.5f, out[14 * 28 + 14], 1e-6f);
    }

    @Test
    void anEmptyPadGivesAnEmptyImage() {
        assertArrayEquals(new float[784], DrawingToMnist.fromInk(new float[PAD * PAD], PAD, PAD));
    }

    @Test
    void theInkOfACanvasIsItsAlphaChannel() {
        byte[] rgba = new byte[4 * 4 * 4];
        for (int i = 0; i < 16; i++) {
            rgba[4 * i] = (byte) 255; // red paint does not count...
        }
        rgba[4 * 5 + 3] = (byte) 255; // ...alpha does: pixel (1, 1) fully inked
        float[] out = DrawingToMnist.fromRgba(rgba, 4, 4);
        assertEquals(400f, sum(out), 1e-3f);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DrawingToMnist.fromRgba(new byte[10], 4, 4));
        assertTrue(e.getMessage().contains("64 RGBA bytes, got 10"), e.getMessage());
    }

    @Test
    void inkStaysWithinTheFieldWhenTheMassIsFarOffCentre() {
        // a heavy bar on top of a thin tail, 100 x 100 -> 20 x 20: bar rows 0-1 (mass 40, mean y 1), tail 0.4 wide
        // in column 0, rows 2-19 (mass 7.2, mean y 11). Mass centre y = 2.53 would put the top at row 11 and the
        // tail outside the field, so the box is clamped to rows 8-27; x: (40 * 10 + 7.2 * 0.5) / 47.2 = 8.55 -> 5.
        float[] ink = new float[100 * 100];
        fill(ink, 100, 0, 0, 100, 10, 1f);
        fill(ink, 100, 0, 10, 2, 90, 1f);
        float[] out = DrawingToMnist.fromInk(ink, 100, 100);
        assertEquals(47.2f, sum(out), 1e-3f);
        assertEquals(1f, out[8 * 28 + 5], 1e-6f, "top-left of the bar");
        assertEquals(0f, out[7 * 28 + 5], 0f, "above the bar");
        assertEquals(0.4f, out[27 * 28 + 5], 1e-5f, "bottom of the tail, on the last row");
    }

    private static void fill(float[] ink, int width, int left, int top, int w, int h, float value) {
        for (int y = top; y < top + h; y++) {
            for (int x = left; x < left + w; x++) {
                ink[y * width + x] = value;
            }
        }
    }

    private static float sum(float[] values) {
        float s = 0f;
        for (float v : values) {
            s += v;
        }
        return s;
    }
}
