package org.neurite.web.playground.state;

import org.neurite.web.dom.ListText;
import org.neurite.web.dom.ValueText;
/**
 * The points someone added by clicking, as a link carries them: {@code x1,x2,label} triples separated by
 * semicolons ({@code 1.25,-3,1;0.5,2,0}). The label is a class index for classification, a target value
 * for regression; positions keep two decimals, plenty at the Playground's scale.
 */
public final class PointList {
    private final float[] x1;
    private final float[] x2;
    private final float[] label;

    private PointList(float[] x1, float[] x2, float[] label) {
        this.x1 = x1;
        this.x2 = x2;
        this.label = label;
    }

    /** The points of {@code text}, which must be allowed by {@link #problem}. */
    public static PointList parse(String text) {
        String[] points = ListText.items(text, ';');
        float[] x1 = new float[points.length];
        float[] x2 = new float[points.length];
        float[] label = new float[points.length];
        for (int i = 0; i < points.length; i++) {
            String[] parts = ListText.items(points[i], ',');
            x1[i] = ValueText.decimal(parts[0]);
            x2[i] = ValueText.decimal(parts[1]);
            label[i] = ValueText.decimal(parts[2]);
        }
        return new PointList(x1, x2, label);
    }

    /** What is wrong with {@code text} as a point list, or null. */
    static String problem(String text) {
        String[] points = ListText.items(text, ';');
        if (points.length > Settings.MAX_ADDED_POINTS) {
            return points.length + " added points is more than a link may carry (" + Settings.MAX_ADDED_POINTS
                    + "); upload them as a CSV file instead";
        }
        for (int i = 0; i < points.length; i++) {
            String[] parts = ListText.items(points[i], ',');
            if (parts.length != 3) {
                return "added point " + (i + 1) + " ('" + points[i] + "') needs three numbers: x1,x2,label";
            }
            for (String part : parts) {
                if (Float.isNaN(ValueText.decimal(part)) || Float.isInfinite(ValueText.decimal(part))) {
                    return "added point " + (i + 1) + " ('" + points[i] + "'): '" + part + "' is not a number";
                }
            }
        }
        return null;
    }

    /** {@code text} with one more point, positions rounded to two decimals. */
    public static String append(String text, float x1, float x2, float label) {
        String point = twoDecimals(x1) + "," + twoDecimals(x2) + "," + twoDecimals(label);
        return text.isEmpty() ? point : text + ";" + point;
    }

    /** {@code text} without its {@code index}-th point. */
    public static String remove(String text, int index) {
        String[] points = ListText.items(text, ';');
        String[] kept = new String[points.length - 1];
        for (int i = 0, j = 0; i < points.length; i++) {
            if (i != index) {
                kept[j++] = points[i];
            }
        }
        return ListText.join(kept, ';');
    }

    public int size() {
        return label.length;
    }

    public float x1(int i) {
        return x1[i];
    }

    public float x2(int i) {
        return x2[i];
    }

    public float label(int i) {
        return label[i];
    }

    /** Two decimals at most, no trailing zeros: 1.5, -3, 0.25. Integer maths, so JVM and browser agree. */
    static String twoDecimals(float value) {
        int hundredths = Math.round(value * 100f);
        String sign = hundredths < 0 ? "-" : "";
        int magnitude = Math.abs(hundredths);
        int whole = magnitude / 100;
        int fraction = magnitude % 100;
        if (fraction == 0) {
            return sign + whole;
        }
        String digits = fraction < 10 ? "0" + fraction : Integer.toString(fraction);
        if (digits.endsWith("0")) {
            digits = digits.substring(0, 1);
        }
        return sign + whole + "." + digits;
    }
}
