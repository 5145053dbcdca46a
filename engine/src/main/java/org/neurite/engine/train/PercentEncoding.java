package org.neurite.engine.train;

import java.nio.charset.StandardCharsets;

/**
 * The percent-encoding of a recipe's text form, done here rather than by the browser's or the JVM's URL
 * helpers so that both sides write the same characters. A space becomes '+'; letters, digits and {@code -_.~|,:;}
 * stay readable (a spec, or a list of points, reads as itself in a link); everything else is UTF-8 bytes as
 * {@code %XX}. Page links use it too, so every link in the site is written one way.
 */
public final class PercentEncoding {
    private static final String HEX = "0123456789ABCDEF";

    private PercentEncoding() {
    }

    public static String encode(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == ' ') {
                sb.append('+');
            } else if (isPlain(c)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 15));
            }
        }
        return sb.toString();
    }

    private static boolean isPlain(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                || c == '.' || c == '~' || c == '|' || c == ',' || c == ':' || c == ';';
    }

    /** Decodes '+' and {@code %XX}; a '%' not followed by two hex digits is kept as it is. */
    public static String decode(String text) {
        byte[] out = new byte[text.length() * 3];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                out[n++] = ' ';
            } else if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0
                    && hex(text.charAt(i + 2)) >= 0) {
                out[n++] = (byte) (hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                byte[] bytes = text.substring(i, end).getBytes(StandardCharsets.UTF_8);
                for (byte b : bytes) {
                    out[n++] = b;
                }
                i = end - 1;
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return HEX.indexOf(Character.toUpperCase(c));
    }
}
