package org.neurite.web.studio;

/**
 * The colours of the Studio's pictures as packed pixels (0xAABBGGRR, the byte order of canvas image data on
 * every browser): ink for values in [0, 1] (white paper to the site's dark ink), and a diverging scale for signed
 * values (the site's orange for negative, white for zero, blue for positive). Computed here, in compiled code,
 * so a picture crosses into JavaScript as one array.
 */
final class Palette {
    /** The gap between the images of an atlas: the site's line colour. */
    static final int GAP = pack(221, 227, 234);

    private Palette() {
    }

    /** {@code v} in [0, 1] (clamped) from white to ink (#1d2430). */
    static int ink(float v) {
        float k = v < 0f ? 0f : v > 1f ? 1f : v;
        return pack(255 - (int) (k * 226), 255 - (int) (k * 219), 255 - (int) (k * 207));
    }

    /** {@code v} in [-1, 1] (clamped): orange (#f59322) below zero, white at zero, blue (#0877bd) above. */
    static int signed(float v) {
        float t = Math.min(1f, Math.abs(v));
        if (v >= 0f) {
            return pack(255 - (int) (t * 247), 255 - (int) (t * 136), 255 - (int) (t * 66));
        }
        return pack(255 - (int) (t * 10), 255 - (int) (t * 108), 255 - (int) (t * 221));
    }

    static int pack(int r, int g, int b) {
        return 0xFF000000 | b << 16 | g << 8 | r;
    }
}
