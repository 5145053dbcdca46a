package org.neurite.engine.train;

import java.util.ArrayList;
import java.util.List;

/**
 * Hosts one {@link TrainingRun}: trains it in time slices, and owns pause, resume, single steps, stop and a
 * live learning rate. The browser worker calls {@link #trainFor} from its event loop, the Playground once per
 * frame, the server's job thread in a loop; each of them only adapts the host to its transport. Listeners get
 * the run's events (batch events throttled to 20 a second) and every change of {@link #state()}.
 */
public final class RunHost {
    /** Milliseconds from a fixed origin ({@code performance.now()} in a page, {@code nanoTime} on the JVM). */
    public interface Clock {
        double now();
    }

    /** What a host reports. */
    public interface Listener {
        void onEvent(TrainingEvent event);

        /** The state changed (also once when a run ends, after its last event). */
        void onState(RunState state);
    }

    /** The JVM's clock; pages pass {@code Performance::now}. */
    public static final Clock NANO_CLOCK = () -> System.nanoTime() / 1e6;

    private final TrainingRun run;
    private final Clock clock;
    private final EventThrottle throttle = new EventThrottle();
    private final List<Listener> listeners = new ArrayList<>();
    private boolean paused;
    private RunState reported;

    public RunHost(TrainingRun run, Clock clock) {
        this.run = run;
        this.clock = clock;
        run.addListener(this::relay);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public TrainingRun run() {
        return run;
    }

    public RunState state() {
        if (run.isRunning()) {
            return paused ? RunState.PAUSED : RunState.RUNNING;
        }
        return run.state();
    }

    /** Whether {@link #trainFor} would train: running and not paused. */
    public boolean wantsTime() {
        return run.isRunning() && !paused;
    }

    /**
     * Trains batches for about {@code budgetMs} (at least one batch), unless paused or ended; returns whether
     * it wants more time. The budget bounds how long a pause, stop or new rate waits.
     */
    public boolean trainFor(double budgetMs) {
        if (!wantsTime()) {
            return false;
        }
        double end = clock.now() + budgetMs;
        do {
            run.step();
        } while (run.isRunning() && !paused && clock.now() < end);
        reportState();
        return wantsTime();
    }

    public void pause() {
        paused = true;
        reportState();
    }

    public void resume() {
        paused = false;
        reportState();
    }

    /** Trains exactly one batch and stays paused: the person walks through the run batch by batch. */
    public void step() {
        pauseForOneStep();
        if (run.isRunning()) {
            run.step();
        }
        reportState();
    }

    /**
     * The first half of {@link #step} for a host whose step finishes later (a browser worker waiting for its
     * helper workers): pauses, and lets the coming batch's event through. {@link #stepped} ends it.
     */
    public void pauseForOneStep() {
        paused = true;
        if (run.isRunning()) {
            throttle.sendNextBatch();
        }
    }

    /** After a batch trained outside {@link #trainFor} and {@link #step}: tells the listeners a changed state. */
    public void stepped() {
        reportState();
    }

    /** Ends the run; the engine emits the {@code stopped} event once. */
    public void stop() {
        run.stop();
        reportState();
    }

    /** A new learning rate from the next batch on (a decaying schedule restarts from it). */
    public void setLearningRate(float rate) {
        run.setLearningRate(rate);
    }

    /** Tells the listeners the current state even if it did not change (a client that just attached). */
    public void announceState() {
        reported = null;
        reportState();
    }

    private void relay(TrainingEvent event) {
        if (throttle.admit(event, clock.now())) {
            for (Listener l : listeners) {
                l.onEvent(event);
            }
        }
    }

    private void reportState() {
        RunState now = state();
        if (now != reported) {
            reported = now;
            for (Listener l : listeners) {
                l.onState(now);
            }
        }
    }
}
