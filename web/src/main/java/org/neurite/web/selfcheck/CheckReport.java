package org.neurite.web.selfcheck;

import java.util.ArrayList;
import java.util.List;

/**
 * What one check found: pass or fail, a one-line detail for the table, and named values printed into the
 * page so that a test on the JVM can compare them with its own run of the same code.
 */
public final class CheckReport {
    private final List<String> keys = new ArrayList<>();
    private final List<String> values = new ArrayList<>();
    private final StringBuilder detail = new StringBuilder();
    private boolean failed;

    /** Records {@code value} under {@code key}; it appears in the page as {@code #value-<check>-<key>}. */
    public void value(String key, String value) {
        keys.add(key);
        values.add(value);
    }

    /** Adds a sentence to the detail column. */
    public void note(String sentence) {
        if (detail.length() > 0) {
            detail.append(' ');
        }
        detail.append(sentence);
    }

    /** Marks the check failed, saying what was expected and what was found. */
    public void fail(String why) {
        failed = true;
        note(why);
    }

    /** Fails unless {@code actual} equals {@code expected}; {@code what} names the compared thing. */
    public void expectEqual(String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            fail(what + ": expected " + expected + " but this browser gave " + actual + ".");
        }
    }

    public boolean passed() {
        return !failed;
    }

    public String detail() {
        return detail.toString();
    }

    public int valueCount() {
        return keys.size();
    }

    public String key(int i) {
        return keys.get(i);
    }

    public String valueAt(int i) {
        return values.get(i);
    }
}
