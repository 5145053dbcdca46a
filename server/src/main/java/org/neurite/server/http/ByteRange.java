package org.neurite.server.http;

/**
 * One {@code Range: bytes=...} request over a body of known length (RFC 9110 section 14): {@code first-last},
 * {@code first-} or {@code -suffix}. Only a single range is served; a header this server does not serve
 * (several ranges, another unit, bad syntax) is ignored, as the RFC allows, and the whole body goes out.
 *
 * @param first the first byte, inclusive
 * @param last  the last byte, inclusive
 */
public record ByteRange(long first, long last) {

    /** The range asked for, or null to send the whole body. */
    public static ByteRange parse(String header, long length) {
        if (header == null) {
            return null;
        }
        String spec = header.strip();
        if (!spec.regionMatches(true, 0, "bytes=", 0, 6) || spec.indexOf(',') >= 0) {
            return null;
        }
        spec = spec.substring(6).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        Long first = number(spec.substring(0, dash));
        Long last = number(spec.substring(dash + 1));
        if (first == null && last == null || first != null && first < 0 || last != null && last < 0) {
            return null;
        }
        if (first == null) {
            // The last N bytes.
            if (last == 0 || length == 0) {
                throw unsatisfiable(header, length);
            }
            return new ByteRange(Math.max(0, length - last), length - 1);
        }
        if (last != null && last < first) {
            return null;
        }
        if (first >= length) {
            throw unsatisfiable(header, length);
        }
        return new ByteRange(first, last == null ? length - 1 : Math.min(last, length - 1));
    }

    public long length() {
        return last - first + 1;
    }

    /** The {@code Content-Range} of this range in a body of {@code length} bytes. */
    public String contentRange(long length) {
        return "bytes " + first + "-" + last + "/" + length;
    }

    /** Null when empty, -1 when not plain digits (a sign, inner spaces, over 18 digits): a header we ignore. */
    private static Long number(String text) {
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return digits.isEmpty() ? null : -1L;
        }
        return Long.parseLong(digits);
    }

    private static ApiException unsatisfiable(String header, long length) {
        return new ApiException(416, "The range '" + RandomIds.shorten(header) + "' is outside the file's "
                + length + " bytes", "Ask for bytes 0 to " + (length - 1) + " (Range: bytes=<first>-<last>),"
                + " or send no Range header for the whole file.")
                .withHeader("Content-Range", "bytes */" + length);
    }
}
