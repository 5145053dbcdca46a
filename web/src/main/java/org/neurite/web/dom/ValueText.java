package org.neurite.web.dom;

import org.neurite.engine.data.NumberText;

/**
 * Reads the numbers people type and links carry: strict decimals ({@code 0.03}, {@code -2}, {@code 1e-3}) as
 * the engine reads a data file's, nothing else; and whole numbers within a range.
 */
public final class ValueText {
    private ValueText() {
    }

    /** The value of {@code text}, or NaN when it is not a plain decimal number. */
    public static float decimal(String text) {
        return NumberText.decimal(text.trim());
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
    public static String integerProblem(String text, int min, int max) {
        int value = integer(text, Integer.MIN_VALUE);
        if (value == Integer.MIN_VALUE) {
            return "'" + text + "' is not a whole number; use one from " + min + " to " + max;
        }
        if (value < min || value > max) {
            return value + " is out of range; use a whole number from " + min + " to " + max;
        }
        return null;
    }
}
