package org.neurite.engine.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of valid inputs, as a fuzzer makes them: bit flips, truncation, splicing, repeated
 * chunks, and values chosen to break arithmetic (0, -1, huge counts, NaN, odd Unicode). Same seed, same inputs.
 */
final class Mutator {
    private static final int[] INTERESTING_INTS = {0, 1, -1, 2, 255, 256, 0x7FFF, 0x8000, 0xFFFF, 0x10000,
        Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE / 2 + 1, 1 << 30, 1 << 24, 60000, 28, 784};
    private static final String[] INTERESTING_TEXT = {"NaN", "-NaN", "Infinity", "-Infinity", "1e999", "-1e999",
        "1e-999", "-0", "0x10", "99999999999999999999", "2147483648", "-2147483649", "4294967296", "1.5", "",
        " ", "\t", "\r", "\n", "\r\n", "\u0000", "\uFEFF", "\uD800", "\uDC00", "\u00E9", "\u202E", "\uD83D\uDE00",
        "\u0660", "\uFF11", "%", "%%", "%2", "%zz", "%00", "&", "=", "|", "||", ",", "\"", "\"\"", "(", ")",
        "((((((((((", "))))", "^", "-", "--", "*", "/", "#", "?", "+", "x", "input", "dense", "conv", "loss"};

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    /** One to four mutations of a copy of {@code seed}, sometimes spliced with {@code other}. */
    byte[] mutate(byte[] seed, byte[] other) {
        byte[] bytes = seed.clone();
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            bytes = mutateOnce(bytes, other);
        }
        return bytes;
    }

    private byte[] mutateOnce(byte[] b, byte[] other) {
        int n = b.length;
        switch (random.nextInt(9)) {
            case 0:
                if (n > 0) {
                    int at = random.nextInt(n);
                    b[at] ^= (byte) (1 << random.nextInt(8));
                }
                return b;
            case 1:
                if (n > 0) {
                    b[random.nextInt(n)] = (byte) random.nextInt(256);
                }
                return b;
            case 2:
                return Arrays.copyOf(b, n == 0 ? 0 : random.nextInt(n));
            case 3:
                return putInt(b, INTERESTING_INTS[random.nextInt(INTERESTING_INTS.length)], random.nextBoolean());
            case 4: {
                int cut = n == 0 ? 0 : random.nextInt(n + 1);
                int from = other.length == 0 ? 0 : random.nextInt(other.length);
                byte[] tail = Arrays.copyOfRange(other, from, other.length);
                return concat(Arrays.copyOf(b, cut), tail);
            }
            case 5: {
                byte[] extra = new byte[random.nextInt(64)];
                random.nextBytes(extra);
                int at = random.nextInt(n + 1);
                return concat(concat(Arrays.copyOf(b, at), extra), Arrays.copyOfRange(b, at, n));
            }
            case 6: {
                if (n == 0) {
                    return b;
                }
                int from = random.nextInt(n);
                int len = Math.min(n - from, 1 + random.nextInt(32));
                byte[] chunk = Arrays.copyOfRange(b, from, from + len);
                byte[] out = b;
                for (int i = random.nextInt(8); i >= 0; i--) {
                    out = concat(out, chunk);
                }
                return out;
            }
            case 7: {
                if (n == 0) {
                    return b;
                }
                int from = random.nextInt(n);
                int to = Math.min(n, from + 1 + random.nextInt(16));
                return concat(Arrays.copyOf(b, from), Arrays.copyOfRange(b, to, n));
            }
            default: {
                byte[] word = INTERESTING_TEXT[random.nextInt(INTERESTING_TEXT.length)].getBytes(StandardCharsets.UTF_8);
                int at = random.nextInt(n + 1);
                return concat(concat(Arrays.copyOf(b, at), word), Arrays.copyOfRange(b, at, n));
            }
        }
    }

    /** A mutated copy of {@code seed} as text: token-level edits as well as the byte-level ones, re-read as UTF-8. */
    String mutate(String seed, List<String> others) {
        String other = others.get(random.nextInt(others.size()));
        if (random.nextInt(3) == 0) {
            return new String(mutate(seed.getBytes(StandardCharsets.UTF_8), other.getBytes(StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder(seed);
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            int at = text.length() == 0 ? 0 : random.nextInt(text.length() + 1);
            switch (random.nextInt(5)) {
                case 0 -> text.insert(at, INTERESTING_TEXT[random.nextInt(INTERESTING_TEXT.length)]);
                case 1 -> {
                    // Replace a run of digits or letters by a value that breaks arithmetic.
                    int end = at;
                    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                        end++;
                    }
                    text.replace(at, end, hugeOrOdd());
                }
                case 2 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(8)));
                case 3 -> text.insert(at, other, 0, random.nextInt(other.length() + 1));
                default -> text.setLength(at);
            }
        }
        return text.toString();
    }

    /** Random bytes of a random length under {@code max}. */
    byte[] randomBytes(int max) {
        byte[] b = new byte[random.nextInt(max)];
        random.nextBytes(b);
        return b;
    }

    /** Random text from printable ASCII, separators and a little Unicode. */
    String randomText(int max, String alphabet) {
        int length = random.nextInt(max);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(20) == 0 ? (char) random.nextInt(0x10000)
                    : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private String hugeOrOdd() {
        switch (random.nextInt(6)) {
            case 0:
                return Integer.toString(INTERESTING_INTS[random.nextInt(INTERESTING_INTS.length)]);
            case 1:
                return Long.toString(random.nextLong());
            case 2:
                return "1" + "0".repeat(random.nextInt(400));
            case 3:
                return Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(80) - 40));
            default:
                return INTERESTING_TEXT[random.nextInt(INTERESTING_TEXT.length)];
        }
    }

    private byte[] putInt(byte[] b, int value, boolean bigEndian) {
        if (b.length < 4) {
            return b;
        }
        // Header fields sit in the first bytes, so aim there half the time.
        int at = random.nextBoolean() ? 4 * random.nextInt(Math.min(5, b.length / 4)) : random.nextInt(b.length - 3);
        for (int i = 0; i < 4; i++) {
            int shift = bigEndian ? 24 - 8 * i : 8 * i;
            b[at + i] = (byte) (value >>> shift);
        }
        return b;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
