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
 */
final class TrainingSession implements RunHost.Listener {
    /** Training time between two looks at the message queue, in milliseconds. */
    static final double SLICE_MS = 30;

    private final RunHost host;
    /** One pending slice at most, after the messages already queued (a pause waits for no more than a slice). */
    private final NextTask nextSlice = new NextTask(this::slice);

    TrainingSession(TrainingRun run) {
        this.host = new RunHost(run, Performance::now);
        host.addListener(this);
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

    private void schedule() {
        if (host.wantsTime()) {
            nextSlice.post();
        }
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
