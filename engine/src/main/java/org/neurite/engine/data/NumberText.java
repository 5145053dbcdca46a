package org.neurite.engine.data;

/**
 * Reads a number written in a data file: an optional sign, digits with an optional decimal point, an
 * optional exponent ({@code 1e-3}) and an optional trailing {@code %}. A percentage is a fraction:
 * {@code "78%"} reads as {@code 0.78}, so exam scores and quiz marks land in 0..1 like other inputs.
 *
 * <p>Stricter than {@link Double#parseDouble}, which would also take {@code "NaN"}, {@code "1f"} or hex, and than
 * JavaScript's Number, which reads "" as 0. The pages read what people type with {@link #decimal} for the same
 * reason.
 */
public final class NumberText {
    private NumberText() {
    }

    /** The value of a plain decimal ({@code 0.03}, {@code -2}, {@code 1e-3}), or NaN for anything else. */
    public static float decimal(String text) {
        return isDecimal(text) ? (float) Double.parseDouble(text) : Float.NaN;
    }

    /** The value of {@code text}, or NaN when it is not a number (NaN itself is not accepted as text). */
    static float parseOrNaN(String text) {
        boolean percent = text.endsWith("%");
        String number = percent ? text.substring(0, text.length() - 1).trim() : text;
        if (!isDecimal(number)) {
            return Float.NaN;
        }
        double value = Double.parseDouble(number);
        return (float) (percent ? value / 100.0 : value);
    }

    private static boolean isDecimal(String s) {
        int pos = 0;
        int n = s.length();
        if (pos < n && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
            pos++;
        }
        int digitsStart = pos;
        pos = skipDigits(s, pos);
        int integerDigits = pos - digitsStart;
        int fractionDigits = 0;
        if (pos < n && s.charAt(pos) == '.') {
            int fractionStart = pos + 1;
            pos = skipDigits(s, fractionStart);
            fractionDigits = pos - fractionStart;
        }
        if (integerDigits + fractionDigits == 0) {
            return false;
        }
        if (pos < n && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            pos++;
            if (pos < n && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                pos++;
            }
            int exponentStart = pos;
            pos = skipDigits(s, pos);
            if (pos == exponentStart) {
                return false;
            }
        }
        return pos == n;
    }

    private static int skipDigits(String s, int pos) {
        while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
            pos++;
        }
        return pos;
    }
}
