package org.neurite.engine.train;

/**
 * Where a run is: the one vocabulary of the worker, the Playground, the server's jobs and the pages. A run
 * waits ({@code QUEUED}, server jobs only), trains or is paused, and ends in exactly one of the last four.
 */
public enum RunState {
    QUEUED, RUNNING, PAUSED, DONE, STOPPED, DIVERGED, FAILED;

    /** The lower-case name used in JSON and messages: "running", "done"... */
    public String id() {
        return name().toLowerCase();
    }

    /** Whether the run has ended (it will never train again). */
    public boolean isFinal() {
        return this == DONE || this == STOPPED || this == DIVERGED || this == FAILED;
    }

    /** The state called {@code id}, or null. */
    public static RunState find(String id) {
        for (RunState s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }
}
