package org.neurite.web.canvas;

/**
 * Colour scales as packed 0xRRGGBB ints, for heatmaps. The diverging scale is TensorFlow Playground's
 * orange (-1) through white (0) to blue (+1), which stays distinct for colour-blind readers.
 */
public final class Colours {
    private static final int ORANGE = 0xF59322;
    private static final int WHITE = 0xE8EAEB;
    private static final int BLUE = 0x0877BD;
    private static final int LIGHT = 0xF4F8FB;
    private static final int DEEP = 0x1D3557;

    private Colours() {
    }

    /** Orange for -1, near-white for 0, blue for +1; values beyond are clamped. */
    public static int diverging(double t) {
        double c = t < -1 ? -1 : t > 1 ? 1 : t;
        return c < 0 ? mix(WHITE, ORANGE, -c) : mix(WHITE, BLUE, c);
    }

    /** Light for 0 to deep blue for 1 (clamped): for magnitudes such as a loss surface's height. */
    public static int sequential(double t) {
        double c = t < 0 ? 0 : t > 1 ? 1 : t;
        return mix(LIGHT, DEEP, c);
    }

    /** The colour a fraction {@code t} of the way from {@code from} to {@code to}. */
    public static int mix(int from, int to, double t) {
        int r = channel(from >> 16, to >> 16, t);
        int g = channel(from >> 8, to >> 8, t);
        int b = channel(from, to, t);
        return (r << 16) | (g << 8) | b;
    }

    private static int channel(int from, int to, double t) {
        int a = from & 0xFF;
        int b = to & 0xFF;
        return (int) Math.round(a + (b - a) * t);
    }

    /** "#rrggbb", for canvas fill and stroke styles. */
    public static String css(int rgb) {
        String hex = Integer.toHexString(rgb & 0xFFFFFF);
        return "#" + "000000".substring(hex.length()) + hex;
    }
}
