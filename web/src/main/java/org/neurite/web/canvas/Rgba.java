package org.neurite.web.canvas;

/**
 * Colours packed into one int as the bytes R, G, B, A lie in memory on a little-endian machine (every
 * browser): {@code 0xAABBGGRR}. That is the layout {@link PixelImage} hands to {@code ImageData} unchanged.
 */
public final class Rgba {
    private Rgba() {
    }

    /** An opaque colour from its channels (0..255). */
    public static int of(int red, int green, int blue) {
        return 0xFF000000 | (blue << 16) | (green << 8) | red;
    }

    /** An opaque colour from {@code 0xRRGGBB}, as CSS writes it. */
    public static int fromHex(int rgb) {
        return of((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    public static int red(int colour) {
        return colour & 0xFF;
    }

    public static int green(int colour) {
        return (colour >> 8) & 0xFF;
    }

    public static int blue(int colour) {
        return (colour >> 16) & 0xFF;
    }

    /** The opaque colour {@code t} (0..1) of the way from {@code from} to {@code to}. */
    public static int mix(int from, int to, float t) {
        float s = t < 0f ? 0f : t > 1f ? 1f : t;
        return of(channel(red(from), red(to), s), channel(green(from), green(to), s), channel(blue(from), blue(to), s));
    }

    private static int channel(int a, int b, float t) {
        return (int) (a + (b - a) * t + 0.5f);
    }

    /** The colour as CSS writes it: {@code #rrggbb}. */
    public static String css(int colour) {
        int rgb = (red(colour) << 16) | (green(colour) << 8) | blue(colour);
        String hex = Integer.toHexString(rgb);
        return "#" + "000000".substring(hex.length()) + hex;
    }
}
