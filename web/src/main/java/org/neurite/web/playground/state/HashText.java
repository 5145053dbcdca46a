package org.neurite.web.playground.state;

import java.nio.charset.StandardCharsets;

/**
 * The URL hash as {@code name=value} pairs joined by {@code &}: values are percent-encoded except for the
 * characters the settings use ({@code , ; . - _ :}), so a link stays readable: {@code #layers=4,2&noise=10}.
 */
public final class HashText {
    private HashText() {
    }

    /** The encoded form of {@code value}. */
    public static String encode(String value) {
        StringBuilder sb = new StringBuilder();
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isPlain(c)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(hexDigit(c >> 4)).append(hexDigit(c & 15));
            }
        }
        return sb.toString();
    }

    /** The decoded form of {@code text}; a malformed escape is kept as written. */
    public static String decode(String text) {
        byte[] out = new byte[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int high = i + 2 < text.length() ? hexValue(text.charAt(i + 1)) : -1;
            int low = i + 2 < text.length() ? hexValue(text.charAt(i + 2)) : -1;
            if (c == '%' && high >= 0 && low >= 0) {
                out[n++] = (byte) (high * 16 + low);
                i += 2;
            } else if (c == '+') {
                out[n++] = ' ';
            } else if (c < 128) {
                out[n++] = (byte) c;
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (n + bytes.length > out.length) {
                    byte[] bigger = new byte[out.length + text.length() * 3];
                    System.arraycopy(out, 0, bigger, 0, n);
                    out = bigger;
                }
                System.arraycopy(bytes, 0, out, n, bytes.length);
                n += bytes.length;
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    /** The name/value pairs of a hash (with or without its leading {@code #}), decoded, in order. */
    public static String[][] pairs(String hash) {
        String body = hash.startsWith("#") ? hash.substring(1) : hash;
        String[] items = ListText.items(body, '&');
        String[][] pairs = new String[items.length][];
        for (int i = 0; i < items.length; i++) {
            int eq = items[i].indexOf('=');
            String name = eq < 0 ? items[i] : items[i].substring(0, eq);
            String value = eq < 0 ? "" : items[i].substring(eq + 1);
            pairs[i] = new String[] {decode(name), decode(value)};
        }
        return pairs;
    }

    private static boolean isPlain(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == ',' || c == ';' || c == '.' || c == '-' || c == '_' || c == ':';
    }

    private static char hexDigit(int value) {
        return "0123456789ABCDEF".charAt(value);
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
