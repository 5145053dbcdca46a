package org.neurite.web.selfcheck;

/** One engine check that runs in the page: it records what it saw in the report and fails it if wrong. */
public interface EngineCheck {
    /** A short id, used in element ids: {@code check-<id>} for its row, {@code value-<id>-<key>} for values. */
    String id();

    /** What the check proves, as a person reads it in the table. */
    String title();

    void run(CheckReport report);
}
