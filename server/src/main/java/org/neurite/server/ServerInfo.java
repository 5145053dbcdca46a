package org.neurite.server;

import org.neurite.server.jobs.TrainingLimits;

/**
 * {@code GET /api/server}: what this server offers, so a page can show or hide its "train on the server"
 * switch and keep its inputs within the limits.
 */
public record ServerInfo(boolean training, int maxEpochs, long maxParams, int maxJobs, int maxQueue) {

    public static final String PATH = "/api/server";

    static ServerInfo of(TrainingLimits limits) {
        return new ServerInfo(limits.enabled(), limits.maxEpochs(), limits.maxParams(), limits.maxJobs(),
                limits.maxQueue());
    }
}
