package org.neurite.web.run;

import java.util.ArrayList;
import java.util.List;
import org.neurite.engine.train.Recipe;
import org.neurite.engine.train.RunState;
import org.neurite.engine.train.TrainingEvent;
import org.neurite.web.api.ApiError;
import org.neurite.web.api.Http;
import org.neurite.web.dom.SiteUrl;
import org.neurite.web.worker.Js;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * Runs on the server: posts the recipe as a job ({@code POST /api/jobs}), follows its event stream (each message
 * is the engine's event JSON, read back with {@link TrainingEvent#fromJson}), downloads the job's model after
 * every epoch and after a stop, and has the worker score each epoch's model on the test set (the page computes
 * nothing itself). The API has no pause and no live learning rate; stop is {@code DELETE}. Each start is a new
 * generation: answers that arrive for an earlier one are dropped.
 */
public final class ServerRunClient implements RunClient {
    static final String JOBS = "api/jobs";

    private final String dataset;
    private final WorkerScorer scorer;
    private final List<RunListener> listeners = new ArrayList<>();
    private int generation;
    private String jobId;
    private String jobUrl;
    private String modelUrl;
    private EventStream stream;
    private boolean stopWanted;
    private boolean ended;
    private RunState state;
    private int samplesSeen = -1;

    /** Jobs train on the server's {@code dataset} ("mnist"); {@code scorer} scores their models in the worker. */
    public ServerRunClient(String dataset, WorkerScorer scorer) {
        this.dataset = dataset;
        this.scorer = scorer;
    }

    @Override
    public void addListener(RunListener listener) {
        listeners.add(listener);
    }

    @Override
    public void start(Recipe recipe, String title) {
        detach();
        int gen = generation;
        ended = false;
        stopWanted = false;
        jobId = null;
        jobUrl = null;
        modelUrl = null;
        state = null;
        samplesSeen = -1;
        JSObject body = Js.newObject();
        Js.putString(body, "recipe", recipe.toText());
        JSObject data = Js.newObject();
        Js.putString(data, "name", dataset);
        Js.putObject(body, "dataset", data);
        Js.putString(body, "name", title);
        Http.postJson(SiteUrl.of(JOBS), Js.toJson(body), (status, text) -> created(gen, status, text));
    }

    private void created(int gen, int status, String text) {
        if (gen != generation) {
            return;
        }
        if (!Http.isSuccess(status)) {
            ended = true;
            error(ApiError.describe(status, text), true);
            return;
        }
        JSObject job = Js.parseJson(text);
        JSObject links = Js.object(job, "links");
        jobId = Js.string(job, "id");
        jobUrl = Js.string(links, "self");
        modelUrl = Js.string(links, "model");
        RunState first = RunState.find(Js.string(job, "state"));
        state(first == null ? RunState.QUEUED : first);
        if (stopWanted) {
            stop();
        }
        stream = new EventStream(Js.string(links, "events"), data -> message(gen, data),
                closed -> streamFailed(gen, closed));
    }

    private void message(int gen, String data) {
        if (gen != generation || ended) {
            return;
        }
        TrainingEvent event;
        try {
            event = TrainingEvent.fromJson(data);
        } catch (IllegalArgumentException e) {
            error("The server sent an event this page cannot read: " + e.getMessage(), false);
            return;
        }
        RunState end = finalState(event.type());
        if (event.samplesSeen() >= 0) {
            samplesSeen = event.samplesSeen();
        }
        if (end == null && state != RunState.RUNNING) {
            state(RunState.RUNNING);
        }
        for (RunListener l : listeners) {
            l.onEvent(event);
        }
        if (event.type() == TrainingEvent.Type.EPOCH) {
            fetchModel(gen, event.epoch());
        }
        if (end != null) {
            ended = true; // the server closes the stream now; closing ours keeps the browser from reconnecting
            closeStream();
            if (end == RunState.STOPPED) {
                fetchModel(gen, -1);
            }
            state(end);
        }
    }

    private static RunState finalState(TrainingEvent.Type type) {
        return switch (type) {
            case DONE -> RunState.DONE;
            case STOPPED -> RunState.STOPPED;
            case DIVERGED -> RunState.DIVERGED;
            case ERROR -> RunState.FAILED;
            default -> null;
        };
    }

    private void streamFailed(int gen, boolean closed) {
        if (gen != generation || ended || !closed) {
            return; // a dropped connection the browser is reopening (from the last event it saw)
        }
        ended = true;
        closeStream();
        error("The page lost the server's event stream of job " + jobId + "; the job may still be training there"
                + " (" + jobUrl + ").", true);
    }

    /** The model after epoch {@code epoch} (scored on the test set), or after a stop or a request ({@code -1}). */
    private void fetchModel(int gen, int epoch) {
        if (modelUrl == null) {
            return;
        }
        Http.bytes(modelUrl, (status, buffer, text) -> {
            if (gen != generation) {
                return;
            }
            if (buffer == null) {
                if (status != 409) { // 409: no epoch has ended yet, so there is no model to show
                    error("The job's model could not be downloaded: " + ApiError.describe(status, text), false);
                }
                return;
            }
            byte[] file = Int8Array.create(buffer).copyToJavaArray();
            for (RunListener l : listeners) {
                l.onModel(file);
            }
            if (epoch >= 1) {
                scorer.score(file, new WorkerScorer.Scored() {
                    @Override
                    public void scored(float[] probabilities) {
                        if (gen == generation) {
                            for (RunListener l : listeners) {
                                l.onTestPredictions(epoch, probabilities);
                            }
                        }
                    }

                    @Override
                    public void failed(String message) {
                        if (gen == generation) {
                            error("The worker could not score the job's model: " + message, false);
                        }
                    }
                });
            }
        });
    }

    @Override
    public void stop() {
        if (ended) {
            return;
        }
        if (jobUrl == null) {
            stopWanted = true; // the job is being created: stop it once it has an address
            return;
        }
        int gen = generation;
        Http.text("DELETE", jobUrl, (status, text) -> {
            if (gen == generation && !Http.isSuccess(status)) {
                error("The job could not be stopped: " + ApiError.describe(status, text), false);
            }
        });
    }

    @Override
    public boolean supportsPause() {
        return false;
    }

    @Override
    public void pause() {
        // the server's jobs cannot pause: the page disables Pause for them
    }

    @Override
    public void resume() {
        // nothing was paused
    }

    @Override
    public boolean supportsLearningRate() {
        return false;
    }

    @Override
    public void setLearningRate(float rate) {
        // a job's recipe is fixed once posted
    }

    @Override
    public void requestModel() {
        fetchModel(generation, -1);
    }

    @Override
    public void detach() {
        generation++;
        closeStream();
    }

    @Override
    public String where() {
        return jobId == null ? "on the server" : "on the server (job " + shortId(jobId) + ")";
    }

    /** "ab12…": enough of a job id to tell jobs apart in a sentence. */
    static String shortId(String id) {
        return id.length() <= 6 ? id : id.substring(0, 4) + "…";
    }

    private void closeStream() {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    private void state(RunState now) {
        state = now;
        for (RunListener l : listeners) {
            l.onState(now, samplesSeen);
        }
    }

    private void error(String message, boolean runEnded) {
        for (RunListener l : listeners) {
            l.onError(message, runEnded);
        }
    }
}
