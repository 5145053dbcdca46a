package org.neurite.web.dom;

/**
 * How every page writes numbers, the same on the JVM (where the models behind the pages are tested) and in the
 * browser: integer maths, no {@code String.format}, no JavaScript. Losses, percentages, grouped thousands,
 * megabytes; the lessons' short style ({@code Shown}) is built on {@link #fixed(double, int)}.
 */
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
        return fixed((double) value, decimals);
    }

    /**
     * A double with exactly {@code decimals} (0..9) digits after the point, for values that need more than a
     * float's seven digits (a lesson's 8 x 1.2^7); beyond about 9e15 units, Java's own text.
     */
    public static String fixed(double value, int decimals) {
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        double scaled = Math.abs(value) * scale;
        if (Double.isNaN(scaled) || scaled > 9e15) {
            return Double.toString(value);
        }
        long units = Math.round(scaled);
        String sign = value < 0 && units != 0 ? "-" : "";
        String whole = Long.toString(units / scale);
        if (decimals == 0) {
            return sign + whole;
        }
        String fraction = Long.toString(units % scale + scale).substring(1);
        return sign + whole + "." + fraction;
    }

    /** An accuracy as a percentage with one decimal: "97.5%", "–" when there is none. */
    public static String percent(float fraction) {
        if (Float.isNaN(fraction)) {
            return "–";
        }
        return fixed(fraction * 100f, 1) + "%";
    }

    /** A share in [0, 1] as a percentage with {@code decimals} digits: "97.62%"; "–" when unknown. */
    public static String percent(double share, int decimals) {
        return Double.isNaN(share) ? "–" : fixed(100 * share, decimals) + "%";
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

    /** 101770 as "101,770". */
    public static String grouped(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(digits.charAt(i));
        }
        return (value < 0 ? "-" : "") + sb;
    }

    /** Bytes as megabytes with one decimal: "12.3 MB". */
    public static String megabytes(double bytes) {
        return fixed(bytes / 1_000_000, 1) + " MB";
    }
}
