package org.neurite.server;

import java.util.Locale;

/** A size on the command line: a number of bytes, or with K, M or G (powers of 1024), such as 500M. */
final class StoreSize {
    /** Smaller caps could not hold one small model; most likely a missing suffix. */
    static final long SMALLEST = 64 * 1024;

    private StoreSize() {
    }

    static long parse(String name, String value) throws UsageException {
        String text = value.strip().toUpperCase(Locale.ROOT).replace("_", "");
        long unit = 1;
        if (text.endsWith("B")) {
            text = text.substring(0, text.length() - 1);
        }
        if (!text.isEmpty()) {
            switch (text.charAt(text.length() - 1)) {
                case 'K' -> unit = 1024L;
                case 'M' -> unit = 1024L * 1024;
                case 'G' -> unit = 1024L * 1024 * 1024;
                default -> unit = 1;
            }
        }
        if (unit > 1) {
            text = text.substring(0, text.length() - 1);
        }
        try {
            long number = Long.parseLong(text.strip());
            if (number > 0 && number <= Long.MAX_VALUE / unit && number * unit >= SMALLEST) {
                return number * unit;
            }
        } catch (NumberFormatException e) {
            // Reported below with the value that was given.
        }
        throw new UsageException(name + " must be a size of at least 64K, such as 500M or 2G, got '" + value + "'");
    }
}
