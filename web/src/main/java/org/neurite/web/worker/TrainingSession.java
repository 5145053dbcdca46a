package org.neurite.web.worker;

import org.neurite.engine.train.TrainingEvent;
import org.neurite.engine.train.TrainingRun;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Performance;

/**
 * One training run inside the worker. It trains in slices of about {@link #SLICE_MS} of {@code step()} calls,
 * then yields to the worker's event loop, so a pause, stop or learning-rate message waits at most one slice
 * (plus one batch, and at an epoch's end the test-set score).
 */
final class TrainingSession {
    /** Training time between two looks at the message queue, in milliseconds. */
    static final double SLICE_MS = 30;

    private final TrainingRun run;
    private final MetricsThrottle throttle = new MetricsThrottle();
    private boolean paused;
    private boolean scheduled;

    TrainingSession(TrainingRun run) {
        this.run = run;
        run.addListener(this::send);
    }

    TrainingRun run() {
        return run;
    }

    void start() {
        postState();
        schedule();
    }

    void pause() {
        paused = true;
        postState();
    }

    void resume() {
        paused = false;
        postState();
        schedule();
    }

    /** Trains exactly one batch and stays paused: the person is walking through the run batch by batch. */
    void step() {
        paused = true;
        if (run.isRunning()) {
            throttle.sendNextBatch();
            run.step();
        }
        postState();
    }

    /** Ends the run; the engine emits the {@code stopped} event, which always reaches the page. */
    void stop() {
        run.stop();
        postState();
    }

    void setLearningRate(float rate) {
        run.setLearningRate(rate);
    }

    /** "running", "paused", "done", "stopped" or "diverged". */
    String state() {
        if (run.isRunning()) {
            return paused ? "paused" : "running";
        }
        return run.state().name().toLowerCase();
    }

    private void schedule() {
        if (!scheduled && !paused && run.isRunning()) {
            scheduled = true;
            WorkerScope.later(this::slice);
        }
    }

    private void slice() {
        scheduled = false;
        if (paused || !run.isRunning()) {
            return;
        }
        double end = Performance.now() + SLICE_MS;
        do {
            run.step();
        } while (run.isRunning() && Performance.now() < end);
        if (run.isRunning()) {
            schedule();
        } else {
            postState();
        }
    }

    private void send(TrainingEvent event) {
        if (throttle.admit(event, Performance.now())) {
            JSObject message = Js.message(Protocol.METRICS);
            // The engine's own JSON, unchanged: the page reads the same schema as the server's SSE stream.
            Js.putObject(message, "event", Js.parseJson(event.toJson()));
            WorkerScope.post(message);
        }
    }

    private void postState() {
        JSObject message = Js.message(Protocol.STATE);
        Js.putString(message, "state", state());
        Js.putNumber(message, "samplesSeen", run.samplesSeen());
        Js.putNumber(message, "epoch", run.epoch());
        Js.putNumber(message, "batch", run.batchInEpoch());
        Js.putNumber(message, "learningRate", run.optimizer().learningRate());
        WorkerScope.post(message);
    }
}
