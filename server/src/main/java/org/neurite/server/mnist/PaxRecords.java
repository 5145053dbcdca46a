package org.neurite.server.mnist;

import java.nio.charset.StandardCharsets;

/** Pax extended headers: records of the form "{length} {key}={value}\n". We only need "path". */
final class PaxRecords {

    private PaxRecords() {
    }

    /** The value of the last "path" record, or null if there is none. */
    static String path(byte[] records) {
        String path = null;
        int position = 0;
        while (position < records.length) {
            int space = indexOf(records, (byte) ' ', position);
            if (space < 0) {
                break;
            }
            int length = decimal(records, position, space);
            if (length <= space - position + 1 || position + length > records.length) {
                break;
            }
            String record = new String(records, space + 1, position + length - space - 2, StandardCharsets.UTF_8);
            if (record.startsWith("path=")) {
                path = record.substring("path=".length());
            }
            position += length;
        }
        return path;
    }

    /** The decimal number in bytes [from, to), or -1 if they are not all digits. */
    private static int decimal(byte[] bytes, int from, int to) {
        if (to == from || to - from > 9) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] < '0' || bytes[i] > '9') {
                return -1;
            }
            value = value * 10 + (bytes[i] - '0');
        }
        return value;
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
