package org.neurite.web.embed;

import org.neurite.web.dom.ValueText;

/**
 * The {@code <iframe>} a course page pastes to embed a demo or a widget: its address, a title for screen readers,
 * and a size the instructor chose. The width is pixels or a percentage of the course page's column; the embed
 * itself works from 320 px wide up, and says its content height (docs/embedding.md) for pages that listen.
 */
public final class EmbedSnippet {
    public static final int MIN_WIDTH = 320;
    public static final int MAX_WIDTH = 2000;
    public static final int MIN_HEIGHT = 200;
    public static final int MAX_HEIGHT = 5000;

    /** The sizes offered first: a phone-wide column, a course page's column, a wide page. */
    public static final String[][] SIZES = {
        {"100%", "900", "Full width of the course page"},
        {"800", "700", "800 × 700"},
        {"480", "640", "480 × 640"},
        {"320", "560", "320 × 560 (phone)"},
    };

    private EmbedSnippet() {
    }

    /** What is wrong with a typed width ("800" or "100%"), or null. */
    public static String widthProblem(String text) {
        String t = text.trim();
        if (t.endsWith("%")) {
            String problem = ValueText.integerProblem(t.substring(0, t.length() - 1).trim(), 10, 100);
            return problem == null ? null : "width in percent: " + problem;
        }
        String problem = ValueText.integerProblem(t, MIN_WIDTH, MAX_WIDTH);
        return problem == null ? null : "width in pixels: " + problem + " (or a percentage such as 100%)";
    }

    /** What is wrong with a typed height in pixels, or null. */
    public static String heightProblem(String text) {
        String problem = ValueText.integerProblem(text.trim(), MIN_HEIGHT, MAX_HEIGHT);
        return problem == null ? null : "height in pixels: " + problem;
    }

    /** The snippet for a valid width and height; {@code src} is the embed's address, {@code title} what it is. */
    public static String iframe(String src, String title, String width, String height) {
        return "<iframe src=\"" + attribute(src) + "\" title=\"" + attribute(title) + "\" width=\""
                + width.trim() + "\" height=\"" + height.trim() + "\" style=\"border:0;max-width:100%\""
                + " loading=\"lazy\"></iframe>";
    }

    /** {@code page} (without query or hash) with {@code ?embed}, more query, and the state's hash. */
    public static String embedAddress(String page, String moreQuery, String hash) {
        return page + "?embed" + (moreQuery.isEmpty() ? "" : "&" + moreQuery) + hash;
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
