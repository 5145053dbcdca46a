package org.neurite.web.playground.view;

import org.neurite.web.canvas.Colours;

/**
 * The Playground's colours as packed 0xRRGGBB: TensorFlow Playground's orange for negative / class 0 and blue
 * for positive / class 1 (a pair colour-blind readers tell apart), then Okabe-Ito hues for classes 3 to 6.
 * Heatmaps use paler versions so that the points drawn over them stand out.
 */
public final class Palette {
    public static final int ORANGE = Colours.ORANGE;
    public static final int BLUE = Colours.BLUE;
    /** Playground's neutral middle, for values near 0. */
    public static final int MIDDLE = Colours.WHITE;
    public static final int WHITE = Colours.PAPER;
    private static final int[] CLASSES = {ORANGE, BLUE, 0x009E73, 0xCC79A7, 0xF0E442, 0x3B4656};
    private static final String[] CLASS_NAMES = {"orange", "blue", "green", "pink", "yellow", "grey"};
    /** How far heatmap colours are lightened towards white. */
    private static final double PALE = 0.35;

    private Palette() {
    }

    /** Colour of class {@code k} (0..5). */
    public static int classColour(int k) {
        return CLASSES[k];
    }

    /** The name a person reads for class {@code k}'s colour. */
    public static String className(int k) {
        return CLASS_NAMES[k];
    }

    /** -1 orange, 0 neutral, +1 blue; values beyond are clamped, NaN (a diverged network) is neutral. */
    public static int diverging(float value) {
        return Float.isNaN(value) ? MIDDLE : Colours.diverging(value);
    }

    /** {@code colour} lightened for use behind points. */
    public static int pale(int colour) {
        return Colours.mix(colour, WHITE, PALE);
    }

    /** {@code t} (0..1) of the way from the neutral middle to {@code colour}. */
    public static int towards(int colour, float t) {
        return Colours.mix(MIDDLE, colour, t < 0f ? 0 : t > 1f ? 1 : t);
    }
}
