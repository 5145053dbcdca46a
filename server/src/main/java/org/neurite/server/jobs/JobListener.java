package org.neurite.server.jobs;

/** Receives a job's events as they happen, in order, on the job's thread. */
public interface JobListener {
    void onEvent(JobEvent event);

    /** A sign of life while nothing happens (a queued job), so a dead connection is noticed and dropped. */
    default void onIdle() {
    }
}
