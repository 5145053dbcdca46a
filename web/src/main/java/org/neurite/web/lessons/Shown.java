package org.neurite.web.lessons;

import org.neurite.web.dom.Numbers;
import org.teavm.jso.JSBody;

/** How the lessons write numbers: short, without trailing zeros, small and huge ones in e-notation. */
final class Shown {
    private Shown() {
    }

    /**
     * At most four decimals ("3.2", "0.9608", "-12"); "1.2e-7" below 0.001; "no value" for NaN (a widget that
     * knows why says so beside it: students read "undefined" as a program's error, not as maths).
     */
    static String number(double value) {
        return number(value, 4);
    }

    /** As {@link #number(double)} with at most {@code decimals} decimals. */
    static String number(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "no value";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        double size = Math.abs(value);
        if (size != 0 && (size < 0.001 || size >= 1e6)) {
            return exponential(value, 2);
        }
        return trimmed(Numbers.fixed(value, decimals));
    }

    /** Always in e-notation with {@code digits} digits after the point, e.g. "4.45e-5". */
    @JSBody(params = { "value", "digits" }, script = "return value.toExponential(digits).replace('e+', 'e');")
    static native String exponential(double value, int digits);

    private static String trimmed(String fixed) {
        if (fixed.indexOf('.') < 0) {
            return "-0".equals(fixed) ? "0" : fixed;
        }
        int end = fixed.length();
        while (fixed.charAt(end - 1) == '0') {
            end--;
        }
        if (fixed.charAt(end - 1) == '.') {
            end--;
        }
        String text = fixed.substring(0, end);
        return "-0".equals(text) ? "0" : text;
    }

    /** A value in parentheses when negative, for sums written out: "0.2 + (-2.5)". */
    static String term(double value) {
        String text = number(value);
        return value < 0 ? "(" + text + ")" : text;
    }
}
