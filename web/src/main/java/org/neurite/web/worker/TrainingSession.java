package org.neurite.web.worker;

import org.neurite.engine.train.RunHost;
import org.neurite.engine.train.RunState;
import org.neurite.engine.train.TrainingEvent;
import org.neurite.engine.train.TrainingRun;
import org.neurite.web.dom.NextTask;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Performance;

/**
 * The worker's adapter over the engine's {@link RunHost}: it gives the host slices of about {@link #SLICE_MS}
 * between looks at the message queue (so a pause, stop or learning-rate message waits at most one slice, plus
 * one batch and at an epoch's end the test-set score), and posts the host's events and states to the page.
 * With helper workers ({@link ShardedSteps}) every batch waits for their answers, so the queue is looked at
 * between any two batches and no slices are needed.
 */
final class TrainingSession implements RunHost.Listener {
    /** Training time between two looks at the message queue, in milliseconds. */
    static final double SLICE_MS = 30;

    private final RunHost host;
    /** One pending slice at most, after the messages already queued (a pause waits for no more than a slice). */
    private final NextTask nextSlice = new NextTask(this::slice);
    /** Null when the run trains on this worker alone. */
    private final ShardedSteps sharded;
    private boolean inFlight;
    private boolean oneStep;

    /** A run on this worker and {@code workers - 1} helpers of {@code pool}. */
    TrainingSession(TrainingRun run, int workers, HelperPool pool) {
        this.host = new RunHost(run, Performance::now);
        host.addListener(this);
        this.sharded = workers > 1 ? new ShardedSteps(run, workers, pool, this::helperFailed) : null;
    }

    TrainingRun run() {
        return host.run();
    }

    RunHost host() {
        return host;
    }

    void start() {
        host.announceState();
        schedule();
    }

    void resume() {
        host.resume();
        schedule();
    }

    /** One batch, then paused. */
    void step() {
        if (sharded == null) {
            host.step();
            return;
        }
        host.pauseForOneStep();
        oneStep = true;
        schedule();
    }

    /** Ends the run (a step in flight is dropped); the helpers forget it. */
    void stop() {
        host.stop();
        if (sharded != null && !inFlight) {
            sharded.close();
        }
    }

    private void schedule() {
        if (sharded == null) {
            if (host.wantsTime()) {
                nextSlice.post();
            }
            return;
        }
        if (inFlight) {
            return;
        }
        boolean go = host.wantsTime() || (oneStep && host.run().isRunning());
        oneStep = false;
        if (go) {
            inFlight = sharded.begin(this::stepped);
            if (!inFlight) {
                host.stepped();
            }
        }
    }

    private void stepped() {
        inFlight = false;
        host.stepped();
        schedule();
    }

    private void helperFailed(String message) {
        inFlight = false;
        JSObject error = Js.message(Protocol.ERROR);
        Js.putString(error, "command", Protocol.START);
        Js.putString(error, "message", message);
        WorkerScope.post(error);
        host.stop();
    }

    private void slice() {
        if (host.trainFor(SLICE_MS)) {
            schedule();
        }
    }

    @Override
    public void onEvent(TrainingEvent event) {
        JSObject message = Js.message(Protocol.METRICS);
        // The engine's own JSON, unchanged: the page reads the same schema as the server's SSE stream.
        Js.putObject(message, "event", Js.parseJson(event.toJson()));
        WorkerScope.post(message);
    }

    @Override
    public void onState(RunState state) {
        TrainingRun run = host.run();
        JSObject message = Js.message(Protocol.STATE);
        Js.putString(message, "state", state.id());
        Js.putNumber(message, "samplesSeen", run.samplesSeen());
        Js.putNumber(message, "epoch", run.epoch());
        Js.putNumber(message, "batch", run.batchInEpoch());
        Js.putNumber(message, "learningRate", run.optimizer().learningRate());
        WorkerScope.post(message);
    }
}
