package org.neurite.server.jobs;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.Optional;
import org.neurite.server.http.ApiException;
import org.neurite.server.http.RandomIds;
import org.neurite.server.mnist.MnistAvailability;
import org.neurite.server.models.ModelRoutes;
import org.neurite.server.models.ModelStore;

/**
 * The training-job API: start a job, list and read jobs, stop one, follow its events as a stream, download
 * its model. Thin handlers: {@link JobFactory} checks requests, {@link Jobs} runs them, {@link SseSink} streams.
 */
public final class JobRoutes {
    public static final String JOBS = "/api/jobs";
    static final String JOB = JOBS + "/{id}";
    static final String EVENTS = JOB + "/events";
    static final String MODEL = JOB + "/model";
    private static final String STREAMED_JOB = "neurite.streamedJob";
    private static final String RESUME_AFTER = "neurite.resumeAfter";

    private final Jobs jobs;
    private final JobFactory factory;

    private JobRoutes(Jobs jobs, JobFactory factory) {
        this.jobs = jobs;
        this.factory = factory;
    }

    /** The job API; every job keeps its latest model in {@code store}. */
    public static void register(RoutesConfig routes, Jobs jobs, MnistAvailability mnist, ModelStore store) {
        JobRoutes api = new JobRoutes(jobs, new JobFactory(jobs.limits(), new JobDatasets(mnist), jobs.shardThreads(),
                new JobCheckpoints(store)));
        routes.post(JOBS, api::create);
        routes.get(JOBS, api::list);
        routes.get(JOB, api::show);
        routes.delete(JOB, api::stop);
        routes.get(MODEL, api::model);
        routes.before(EVENTS, api::checkStream);
        routes.sse(EVENTS, api::stream);
    }

    private void create(Context ctx) throws Exception {
        if (!jobs.limits().enabled()) {
            throw new ApiException(403, "Training on the server is turned off",
                    "This server was started with --no-server-training; train in the browser instead.");
        }
        Job job = factory.create(ctx.bodyAsBytes());
        jobs.submit(job);
        JobView view = job.view().under(ctx.contextPath());
        ctx.status(202).header("Location", view.links().self()).json(view.asCreated());
    }

    private void list(Context ctx) {
        List<JobView> views = jobs.list().stream().map(job -> job.view().under(ctx.contextPath())).toList();
        ctx.json(views);
    }

    private void show(Context ctx) {
        ctx.json(job(ctx).view().under(ctx.contextPath()));
    }

    /** Stops a queued or running job and answers its state; an ended job is only reported. */
    private void stop(Context ctx) throws InterruptedException {
        Job job = job(ctx);
        jobs.stop(job);
        ctx.json(job.view().under(ctx.contextPath()));
    }

    private void model(Context ctx) {
        Job job = job(ctx);
        byte[] model = job.model();
        if (model == null) {
            throw new ApiException(409, "Job " + job.id() + " has no model yet (it is " + job.state().id() + ")",
                    "The model is saved at the end of every epoch; download it after the first epoch event, or when"
                            + " the job is done.");
        }
        ctx.contentType("application/octet-stream");
        ctx.header("Content-Disposition", "attachment; filename=\"" + job.id() + ".neurite\"");
        ctx.result(model);
    }

    /** Before the stream opens (its status cannot change after): the job exists, the client takes a stream. */
    private void checkStream(Context ctx) {
        Job job = job(ctx);
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            throw new ApiException(406, "This URL is an event stream; the request did not accept one",
                    "Send 'Accept: text/event-stream' (EventSource does), or read the job's state from "
                            + JOBS + "/" + job.id() + ".");
        }
        ctx.attribute(STREAMED_JOB, job);
        ctx.attribute(RESUME_AFTER, lastEventId(ctx.header("Last-Event-ID")));
    }

    private void stream(SseClient client) {
        Job job = client.ctx().attribute(STREAMED_JOB);
        Long after = client.ctx().attribute(RESUME_AFTER);
        SseSink.attach(client, job, after == null ? 0 : after);
    }

    private static long lastEventId(String header) {
        if (header == null || header.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Last-Event-ID '" + RandomIds.shorten(header) + "' is not an event number",
                    "Send the id of the last event received (a whole number), or no Last-Event-ID to start over.");
        }
    }

    private Job job(Context ctx) {
        String id = ctx.pathParam("id");
        return (RandomIds.isWellFormed(id) ? jobs.find(id) : Optional.<Job>empty())
                .orElseThrow(() -> ApiException.notFound("No job with id '" + RandomIds.shorten(id) + "'",
                        "Jobs are listed at " + JOBS + "; ended jobs are kept until " + Jobs.KEPT_ENDED
                                + " newer ones have ended, and none survive a restart (their models do, at "
                                + ModelRoutes.MODELS + ")."));
    }
}
