package org.neurite.engine.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a target over generated inputs for a bounded time and checks the one property every reader owes its
 * callers: each input ends in a result or in one of the documented exceptions with a message. Any other
 * exception, a hang (the whole run is cut off after {@link #HANG_LIMIT}) or an allocation out of proportion
 * to the input (sized by a header field) fails the test and prints the input.
 */
final class FuzzRun {
    /** Time spent generating inputs per target; enough for thousands, short enough for every build. */
    static final Duration BUDGET = Duration.ofMillis(Long.getLong("neurite.fuzz.millis", 2500));
    static final Duration HANG_LIMIT = Duration.ofSeconds(60);
    /** Too few inputs would make a passing run meaningless. */
    static final int MIN_INPUTS = 500;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private FuzzRun() {
    }

    /** Exceptions, their stack traces and first-use class loading cost this much whatever the input. */
    static final long FIXED_BYTES = 8L << 20;

    /**
     * Feeds {@code target} inputs from {@code inputs} until the budget is spent. Allocation per input may be at most
     * {@link #FIXED_BYTES} + {@code bytesPerInputByte * size(input)}: far below
     * what a size read from the input could ask for.
     */
    @SafeVarargs
    static <T> int run(String name, Supplier<T> inputs, Consumer<T> target, long bytesPerInputByte,
                       Class<? extends RuntimeException>... documented) {
        int count = assertTimeoutPreemptively(HANG_LIMIT, () -> {
            long end = System.nanoTime() + BUDGET.toNanos();
            int n = 0;
            long thread = Thread.currentThread().getId();
            while (System.nanoTime() < end) {
                T input = inputs.get();
                long before = THREADS.getThreadAllocatedBytes(thread);
                try {
                    target.accept(input);
                } catch (Throwable e) {
                    check(name, input, e, documented);
                }
                long allocated = THREADS.getThreadAllocatedBytes(thread) - before;
                long limit = FIXED_BYTES + bytesPerInputByte * size(input);
                if (allocated > limit) {
                    fail(name + ": input allocated " + allocated + " bytes (limit " + limit + "): " + show(input));
                }
                n++;
            }
            return n;
        }, name + ": the run did not finish: some input hangs the reader");
        System.out.println("FUZZ " + name + " inputs=" + count);
        assertTrue(count >= MIN_INPUTS, name + ": only " + count + " inputs in " + BUDGET);
        return count;
    }

    private static void check(String name, Object input, Throwable e, Class<? extends RuntimeException>[] documented) {
        for (Class<? extends RuntimeException> type : documented) {
            if (type.isInstance(e)) {
                if (e.getMessage() == null || e.getMessage().isBlank()) {
                    fail(name + ": " + e.getClass().getSimpleName() + " without a message for " + show(input), e);
                }
                return;
            }
        }
        fail(name + ": undocumented " + e + " for " + show(input), e);
    }

    private static long size(Object input) {
        if (input instanceof byte[] bytes) {
            return bytes.length;
        }
        if (input instanceof byte[][] parts) {
            long total = 0;
            for (byte[] part : parts) {
                total += part.length;
            }
            return total;
        }
        return 2L * String.valueOf(input).length();
    }

    static String show(Object input) {
        if (input instanceof byte[][] parts) {
            StringBuilder out = new StringBuilder();
            for (byte[] part : parts) {
                out.append(out.length() == 0 ? "" : " | ").append(show(part));
            }
            return out.toString();
        }
        if (input instanceof byte[] bytes) {
            String text = Base64.getEncoder().encodeToString(bytes);
            return bytes.length + " bytes, base64 " + (text.length() > 400 ? text.substring(0, 400) + "..." : text);
        }
        String text = String.valueOf(input);
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < Math.min(text.length(), 400); i++) {
            char c = text.charAt(i);
            out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return out.append(text.length() > 400 ? "...\"" : "\"").toString();
    }

}
