package org.neurite.server;

import java.util.List;
import org.neurite.server.jobs.TrainingLimits;

/**
 * {@code GET /api/server}: what this server offers, so a page can show or hide its "train on the server"
 * switch and keep its inputs within the limits, and which origins' messages its embeds accept
 * ({@code --embed-origins}). A static export ships a file in its place that says {@code "server": false}
 * and has no {@code training}, so the pages hide what needs a server.
 */
public record ServerInfo(boolean server, boolean training, int maxEpochs, long maxParams, int maxJobs, int maxQueue,
                         List<String> embedOrigins) {

    public static final String PATH = "/api/server";

    static ServerInfo of(TrainingLimits limits, Hosting hosting) {
        return new ServerInfo(true, limits.enabled(), limits.maxEpochs(), limits.maxParams(), limits.maxJobs(),
                limits.maxQueue(), hosting.embedOrigins());
    }
}
