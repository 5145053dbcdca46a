package org.neurite.web.run;

import java.util.ArrayList;
import java.util.List;
import org.neurite.engine.train.Recipe;
import org.neurite.engine.train.RunState;
import org.neurite.engine.train.TrainingEvent;
import org.neurite.web.worker.ModelBytes;
import org.neurite.web.worker.WorkerClient;
import org.neurite.web.worker.WorkerListener;
import org.neurite.web.worker.WorkerState;

/**
 * Runs in this browser: the {@link RunClient} over the page's {@link WorkerClient}. The worker trains on the
 * dataset it was given before ({@code load-dataset}) and watches the test predictions of every epoch. The worker
 * answers in order, so everything between a {@code start} and the new run's {@code running} still belongs to the
 * run it replaced and is dropped here, as is everything after {@link #detach()}.
 */
public final class WorkerRunClient implements RunClient, WorkerListener {
    private final WorkerClient worker;
    private final List<RunListener> listeners = new ArrayList<>();
    /** A run of ours is followed (from a start until the next start or a detach). */
    private boolean following;
    /** A start was sent and its run has not reported "running" yet. */
    private boolean starting;
    /** Model files asked for and not yet arrived: only those are ours. */
    private int modelsAsked;
    /** Workers the next run trains on. */
    private int workers = 1;

    public WorkerRunClient(WorkerClient worker) {
        this.worker = worker;
        worker.addListener(this);
    }

    @Override
    public void addListener(RunListener listener) {
        listeners.add(listener);
    }

    @Override
    public void start(Recipe recipe, String title) {
        following = true;
        starting = true;
        worker.start(recipe, null, workers);
    }

    @Override
    public void stop() {
        worker.stop();
    }

    @Override
    public boolean supportsPause() {
        return true;
    }

    @Override
    public void pause() {
        worker.pause();
    }

    @Override
    public void resume() {
        worker.resume();
    }

    @Override
    public boolean supportsLearningRate() {
        return true;
    }

    @Override
    public void setLearningRate(float rate) {
        worker.setLearningRate(rate);
    }

    @Override
    public void requestModel() {
        modelsAsked++;
        worker.requestModel();
    }

    @Override
    public void detach() {
        following = false;
        starting = false;
    }

    /** The next runs train on {@code workers} workers (the training worker and its helpers). */
    public void useWorkers(int workers) {
        this.workers = workers;
    }

    @Override
    public String where() {
        return workers == 1 ? "in a background worker" : "in " + workers + " background workers";
    }

    private boolean current() {
        return following && !starting;
    }

    @Override
    public void onState(WorkerState message) {
        if (following && "running".equals(message.state())) {
            starting = false;
        }
        RunState state = RunState.find(message.state()); // "loaded" is no run's state
        if (current() && state != null) {
            for (RunListener l : listeners) {
                l.onState(state, message.samplesSeen());
            }
        }
    }

    @Override
    public void onMetrics(TrainingEvent event) {
        if (!current()) {
            return;
        }
        for (RunListener l : listeners) {
            l.onEvent(event);
        }
        if (event.type() == TrainingEvent.Type.EPOCH || event.type() == TrainingEvent.Type.STOPPED) {
            requestModel();
        }
    }

    @Override
    public void onModel(ModelBytes model) {
        if (modelsAsked > 0) {
            modelsAsked--;
            if (following) {
                byte[] file = model.toByteArray();
                for (RunListener l : listeners) {
                    l.onModel(file);
                }
            }
        }
    }

    @Override
    public void onTestPredictions(int epoch, float[] probabilities, int outputs) {
        if (epoch >= 0 && current()) {
            for (RunListener l : listeners) {
                l.onTestPredictions(epoch, probabilities);
            }
        }
    }

    @Override
    public void onError(String command, String message) {
        boolean ended = "start".equals(command) || "load".equals(command);
        boolean ours = ended || "pause".equals(command) || "resume".equals(command) || "stop".equals(command)
                || "set-learning-rate".equals(command) || "get-model".equals(command);
        if ("get-model".equals(command) && modelsAsked > 0) {
            modelsAsked--;
        }
        if (!ours || !(following || "load".equals(command))) {
            return;
        }
        if (ended) {
            following = false;
            starting = false;
        }
        for (RunListener l : listeners) {
            l.onError(message, ended);
        }
    }
}
