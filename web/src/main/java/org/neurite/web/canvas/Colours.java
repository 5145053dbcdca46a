package org.neurite.web.canvas;

/**
 * The site's colours and colour scales as packed 0xRRGGBB ints, for heatmaps and pictures: one place for every
 * page. The diverging scale is TensorFlow Playground's orange (-1) through white (0) to blue (+1), which stays
 * distinct for colour-blind readers. {@link #pixel} packs a colour the way canvas image data stores it.
 */
public final class Colours {
    public static final int ORANGE = 0xF59322;
    public static final int BLUE = 0x0877BD;
    /** The neutral middle of the heatmaps (Playground's), not paper white. */
    public static final int WHITE = 0xE8EAEB;
    public static final int PAPER = 0xFFFFFF;
    /** The site's ink, #1d2430. */
    public static final int INK = 0x1D2430;
    /** The site's line colour, #dde3ea: the gap between the images of an atlas. */
    public static final int LINE = 0xDDE3EA;
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

    /**
     * {@code rgb} as one pixel of canvas image data read as an int: 0xAABBGGRR, opaque (the byte order of
     * {@code ImageData} on every browser). A picture computed in compiled code crosses into JavaScript as one array.
     */
    public static int pixel(int rgb) {
        return 0xFF000000 | (rgb & 0xFF) << 16 | (rgb & 0xFF00) | (rgb >> 16 & 0xFF);
    }

    /** {@code v} in [0, 1] (clamped) from paper white to ink, as a pixel: a digit as the Studio draws it. */
    public static int inkPixel(float v) {
        return pixel(mix(PAPER, INK, v < 0f ? 0 : v > 1f ? 1 : v));
    }

    /** {@code v} in [-1, 1] (clamped) from orange through paper white to blue, as a pixel: a signed weight. */
    public static int signedPixel(float v) {
        double t = Math.min(1.0, Math.abs(v));
        return pixel(mix(PAPER, v >= 0f ? BLUE : ORANGE, t));
    }
}
