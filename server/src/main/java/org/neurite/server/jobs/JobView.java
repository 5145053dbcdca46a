package org.neurite.server.jobs;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.Map;

/**
 * A job as {@code GET /api/jobs/{id}} shows it. {@code lastEvent} is the engine's event JSON, embedded as an
 * object exactly as the event stream sends it.
 */
public record JobView(String id, String name, String state, String recipe, Map<String, Object> dataset,
                      int threads, double progress, int epoch, int epochs, int samplesSeen, @JsonRawValue String lastEvent,
                      String created, Links links) {

    /** Where to find the job, its event stream and its model. */
    public record Links(String self, String events, String model) {
        static Links of(String id) {
            String self = JobRoutes.JOBS + "/" + id;
            return new Links(self, self + "/events", self + "/model");
        }
    }

    /** The answer to {@code POST /api/jobs}: enough to follow the job. */
    public record Created(String id, String state, Links links) {
    }

    public Created asCreated() {
        return new Created(id, state, links);
    }

    /** The same view with its links under {@code basePath} (the server's --base-path, "" at the root). */
    public JobView under(String basePath) {
        return basePath.isEmpty() ? this : new JobView(id, name, state, recipe, dataset, threads, progress, epoch,
                epochs, samplesSeen, lastEvent, created,
                new Links(basePath + links.self(), basePath + links.events(), basePath + links.model()));
    }
}
