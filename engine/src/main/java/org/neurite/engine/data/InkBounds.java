package org.neurite.engine.data;

/** The bounding box of the ink in an ink map: every pixel with any ink at all, faint anti-aliased edges included. */
final class InkBounds {
    private InkBounds() {
    }

    /** {left, top, right, bottom} with right and bottom exclusive, or null when there is no ink. */
    static int[] of(float[] ink, int width, int height) {
        int left = width;
        int top = height;
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                if (ink[row + x] > 0f) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = y;
                }
            }
        }
        return right < 0 ? null : new int[] {left, top, right + 1, bottom + 1};
    }
}
