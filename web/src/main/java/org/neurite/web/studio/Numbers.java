package org.neurite.web.studio;

import org.neurite.web.dom.Dom;

/** Numbers as the page writes them: grouped thousands, megabytes, percentages. */
final class Numbers {
    private Numbers() {
    }

    /** 101770 as "101,770". */
    static String grouped(long value) {
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
    static String megabytes(double bytes) {
        return Dom.fixed(bytes / 1_000_000, 1) + " MB";
    }

    /** A share in [0, 1] as a percentage with {@code decimals} digits: "97.62%"; "–" when unknown. */
    static String percent(double share, int decimals) {
        return Double.isNaN(share) ? "–" : Dom.fixed(100 * share, decimals) + "%";
    }
}
