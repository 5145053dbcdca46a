package org.neurite.web.playground.state;

/**
 * Reads the numbers people type and links carry: strict decimals ({@code 0.03}, {@code -2}, {@code 1e-3}),
 * nothing else. Stricter than {@link Double#parseDouble}, which would also take "NaN", "1f" or hex, and
 * than JavaScript's Number, which reads "" as 0.
 */
public final class ValueText {
    private ValueText() {
    }

    /** The value of {@code text}, or NaN when it is not a plain decimal number. */
    public static float decimal(String text) {
        String s = text.trim();
        return isDecimal(s) ? (float) Double.parseDouble(s) : Float.NaN;
    }

    /** The whole number {@code text}, or {@code fallback} when it is not one (or is out of int range). */
    public static int integer(String text, int fallback) {
        String s = text.trim();
        int start = s.startsWith("-") ? 1 : 0;
        if (s.length() == start || s.length() - start > 9) {
            return fallback;
        }
        int value = 0;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return fallback;
            }
            value = value * 10 + (c - '0');
        }
        return start == 1 ? -value : value;
    }

    /** What is wrong with {@code text} as a whole number from {@code min} to {@code max}, or null. */
    static String integerProblem(String text, int min, int max) {
        int value = integer(text, Integer.MIN_VALUE);
        if (value == Integer.MIN_VALUE) {
            return "'" + text + "' is not a whole number; use one from " + min + " to " + max;
        }
        if (value < min || value > max) {
            return value + " is out of range; use a whole number from " + min + " to " + max;
        }
        return null;
    }

    private static boolean isDecimal(String s) {
        int pos = 0;
        int n = s.length();
        if (pos < n && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
            pos++;
        }
        int start = pos;
        pos = digits(s, pos);
        int count = pos - start;
        if (pos < n && s.charAt(pos) == '.') {
            int fraction = pos + 1;
            pos = digits(s, fraction);
            count += pos - fraction;
        }
        if (count == 0) {
            return false;
        }
        if (pos < n && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            pos++;
            if (pos < n && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                pos++;
            }
            int exponent = pos;
            pos = digits(s, pos);
            if (pos == exponent) {
                return false;
            }
        }
        return pos == n;
    }

    private static int digits(String s, int pos) {
        while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
            pos++;
        }
        return pos;
    }
}
