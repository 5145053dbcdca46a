package org.neurite.web.dom;

import java.util.ArrayList;
import java.util.List;

/** Splits and joins the lists settings carry ({@code 4,2}, {@code 1.5,-2,1;0,3,0}) without regular expressions. */
public final class ListText {
    private ListText() {
    }

    /** The trimmed, non-empty items of {@code text} between {@code separator}s; "" gives none. */
    public static String[] items(String text, char separator) {
        List<String> items = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(separator, start);
            if (end < 0) {
                end = text.length();
            }
            String item = text.substring(start, end).trim();
            if (!item.isEmpty()) {
                items.add(item);
            }
            start = end + 1;
        }
        return items.toArray(new String[0]);
    }

    /** The items joined by {@code separator}. */
    public static String join(String[] items, char separator) {
        StringBuilder sb = new StringBuilder();
        for (String item : items) {
            if (sb.length() > 0) {
                sb.append(separator);
            }
            sb.append(item);
        }
        return sb.toString();
    }

    /** Whole numbers joined by commas. */
    public static String joinInts(int[] values) {
        StringBuilder sb = new StringBuilder();
        for (int v : values) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(v);
        }
        return sb.toString();
    }

    /** Whole numbers separated by commas; items that are not numbers give {@code fallback}. */
    public static int[] ints(String text, int fallback) {
        String[] items = items(text, ',');
        int[] values = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            values[i] = ValueText.integer(items[i], fallback);
        }
        return values;
    }
}
