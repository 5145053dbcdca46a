package org.neurite.web.playground.train;

/** Number text that is the same on the JVM and in the browser (integer maths, no String.format). */
public final class Numbers {
    private Numbers() {
    }

    /** A loss as a person reads it: four decimals below 10, fewer above, "–" when there is none. */
    public static String loss(float value) {
        if (Float.isNaN(value) || Float.isInfinite(value)) {
            return "–";
        }
        if (Math.abs(value) >= 1000f) {
            return Integer.toString(Math.round(value));
        }
        return fixed(value, Math.abs(value) >= 10f ? 2 : 4);
    }

    /** {@code value} with exactly {@code decimals} (0..6) digits after the point. */
    public static String fixed(float value, int decimals) {
        int scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        double scaled = Math.abs((double) value) * scale;
        if (scaled > 2e9) {
            return Float.toString(value);
        }
        int units = (int) Math.round(scaled);
        String sign = value < 0 && units != 0 ? "-" : "";
        String whole = Integer.toString(units / scale);
        if (decimals == 0) {
            return sign + whole;
        }
        String fraction = Integer.toString(units % scale + scale).substring(1);
        return sign + whole + "." + fraction;
    }

    /** An accuracy as a percentage with one decimal: "97.5%", "–" when there is none. */
    public static String percent(float fraction) {
        if (Float.isNaN(fraction)) {
            return "–";
        }
        return fixed(fraction * 100f, 1) + "%";
    }

    /** {@code value} with about {@code digits} significant digits (at most 6 decimals): 0.532, -0.0123, 12.4. */
    public static String significant(float value, int digits) {
        if (Float.isNaN(value) || Float.isInfinite(value)) {
            return Float.toString(value);
        }
        float magnitude = Math.abs(value);
        if (magnitude == 0f) {
            return "0";
        }
        int decimals = digits - 1 - (int) Math.floor(Math.log10(magnitude));
        return fixed(value, Math.max(0, Math.min(6, decimals)));
    }
}
