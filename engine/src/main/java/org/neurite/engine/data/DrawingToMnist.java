package org.neurite.engine.data;

/**
 * Turns a drawing into the 28 x 28 input an MNIST network expects, the way MNIST itself was made (LeCun et al.,
 * "Gradient-based learning applied to document recognition", 1998, section III-A): the ink's bounding box is
 * scaled to fit a 20 x 20 box keeping its aspect ratio, with anti-aliasing (each output pixel is the average
 * ink over the area it covers, so edges come out as grey levels), then placed in the 28 x 28 field so that its
 * centre of mass sits at the centre. A network trained on MNIST has only ever seen digits framed like that:
 * without this step a digit drawn small or off-centre on a large pad is read badly.
 *
 * <p>Output values are in [0, 1], row after row, 0 for no ink: the same scale the training images have.
 */
public final class DrawingToMnist {
    /** Side of the MNIST field. */
    public static final int SIDE = 28;
    /** Side of the box the digit is scaled into. */
    public static final int BOX = 20;

    private DrawingToMnist() {
    }

    /**
     * The MNIST-like image of a canvas's pixels: {@code rgba} holds {@code width x height} pixels of four bytes
     * (as {@code getImageData} gives them) and the ink is the alpha channel, so the pad's colours do not matter.
     */
    public static float[] fromRgba(byte[] rgba, int width, int height) {
        if (rgba.length != width * height * 4) {
            throw new IllegalArgumentException("expected " + width + " x " + height + " x 4 = " + width * height * 4
                    + " RGBA bytes, got " + rgba.length);
        }
        float[] ink = new float[width * height];
        float scale = 1f / 255f;
        for (int i = 0; i < ink.length; i++) {
            ink[i] = (rgba[4 * i + 3] & 0xFF) * scale;
        }
        return fromInk(ink, width, height);
    }

    /**
     * The MNIST-like image of an ink map: {@code width x height} values in [0, 1], row after row. No ink at all
     * gives an empty (all zero) image.
     */
    public static float[] fromInk(float[] ink, int width, int height) {
        if (width < 1 || height < 1 || ink.length != width * height) {
            throw new IllegalArgumentException("an ink map of " + width + " x " + height + " needs "
                    + width * height + " values, got " + ink.length);
        }
        float[] out = new float[SIDE * SIDE];
        int[] box = InkBounds.of(ink, width, height);
        if (box == null) {
            return out;
        }
        int boxWidth = box[2] - box[0];
        int boxHeight = box[3] - box[1];
        float scale = (float) BOX / Math.max(boxWidth, boxHeight);
        int scaledWidth = Math.max(1, Math.min(BOX, Math.round(boxWidth * scale)));
        int scaledHeight = Math.max(1, Math.min(BOX, Math.round(boxHeight * scale)));
        float[] scaled = AreaResample.of(ink, width, box, scaledWidth, scaledHeight);
        place(scaled, scaledWidth, scaledHeight, out);
        return out;
    }

    /** Copies the scaled digit into the field with its centre of mass as near the centre as the field allows. */
    private static void place(float[] digit, int w, int h, float[] out) {
        double mass = 0;
        double sumX = 0;
        double sumY = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float v = digit[y * w + x];
                mass += v;
                sumX += v * (x + 0.5);
                sumY += v * (y + 0.5);
            }
        }
        double half = SIDE / 2.0;
        int left = clamp((int) Math.round(half - sumX / mass), SIDE - w);
        int top = clamp((int) Math.round(half - sumY / mass), SIDE - h);
        for (int y = 0; y < h; y++) {
            System.arraycopy(digit, y * w, out, (top + y) * SIDE + left, w);
        }
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(max, value));
    }
}
