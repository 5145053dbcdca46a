package org.neurite.server.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.neurite.engine.train.RunState;
import org.neurite.engine.train.TrainingEvent;
import org.neurite.engine.train.TrainingRun;

/**
 * One training job as the API sees it: its state, every event it has sent (so a late client gets the whole
 * story), the clients listening now, and the model saved at its last epoch. The job's thread writes; request
 * threads read, listen and ask it to stop. Events reach each listener once, in order, with no gap between
 * the history a listener is given and the live events that follow.
 */
public final class Job {
    private static final AtomicLong SERIALS = new AtomicLong();

    private final long serial = SERIALS.incrementAndGet();
    private final String id;
    private final String name;
    private final String recipeText;
    private final Map<String, Object> dataset;
    private final Instant created = Instant.now();
    private final int epochs;
    private final int batchesPerEpoch;

    /** Guards the history, the listeners and the fields below it. */
    private final Object lock = new Object();
    /** Held while one event is handed to the listeners, so two events never overtake each other. */
    private final Object publishing = new Object();
    private final EventHistory history = new EventHistory();
    private final List<JobListener> listeners = new ArrayList<>();
    private RunState state = RunState.QUEUED;
    private int epoch;
    private int samplesSeen;
    private double progress;

    private volatile boolean stopRequested;
    private volatile byte[] model;
    private volatile TrainingRun run;
    /** Threads the run trains on (its shard count). */
    private final int threads;
    private final JobCheckpoints checkpoints;
    /** The model store's id of the latest checkpoint; only the job's thread touches it. */
    private String checkpointId;
    private long checkpointNanos;

    Job(String id, String name, String recipeText, Map<String, Object> dataset, TrainingRun run,
        JobCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
        this.id = id;
        this.name = name;
        this.recipeText = recipeText;
        this.dataset = dataset;
        this.run = run;
        this.threads = run.shardCount();
        this.epochs = run.recipe().epochs();
        this.batchesPerEpoch = run.batchesPerEpoch();
    }

    public String id() {
        return id;
    }

    /** The label its creator gave, or null. */
    public String name() {
        return name;
    }

    int epochs() {
        return epochs;
    }

    /** Orders jobs by when they were made. */
    long serial() {
        return serial;
    }

    public RunState state() {
        synchronized (lock) {
            return state;
        }
    }

    /** The model file saved at the end of the last epoch (or when the job was stopped), or null before that. */
    public byte[] model() {
        return model;
    }

    /** How many clients are listening to the live events now. */
    public int listenerCount() {
        synchronized (lock) {
            return listeners.size();
        }
    }

    // ---- the job's thread

    /** Moves a queued job to running; false when it was stopped while it waited. */
    boolean begin() {
        synchronized (lock) {
            if (state != RunState.QUEUED) {
                return false;
            }
            state = RunState.RUNNING;
            return true;
        }
    }

    /** The run to train; null once the job has ended (the run and its data are let go then). */
    TrainingRun run() {
        return run;
    }

    void release() {
        run = null;
    }

    boolean stopRequested() {
        return stopRequested;
    }

    void keepModel(byte[] bytes) {
        model = bytes;
    }

    JobCheckpoints checkpoints() {
        return checkpoints;
    }

    String checkpointId() {
        return checkpointId;
    }

    /** When (System.nanoTime) the latest checkpoint was stored. */
    long checkpointNanos() {
        return checkpointNanos;
    }

    void checkpointed(String storedId, long nanos) {
        checkpointId = storedId;
        checkpointNanos = nanos;
    }

    /** The engine's state, unless the job has already ended (a final event decides that first). */
    void updateState(RunState now) {
        synchronized (lock) {
            if (!state.isFinal()) {
                state = now;
            }
        }
    }

    /** Records the event, numbers it and hands it to every listener; a final event also ends the job. */
    void publish(TrainingEvent event) {
        synchronized (publishing) {
            JobEvent numbered;
            List<JobListener> targets;
            synchronized (lock) {
                if (hasEnded()) {
                    return; // a job ends once; anything after its last event is dropped
                }
                numbered = history.add(event);
                track(event);
                targets = new ArrayList<>(listeners);
                if (numbered.isFinal()) {
                    if (!state.isFinal()) {
                        state = finalState(event.type());
                    }
                    listeners.clear();
                    lock.notifyAll();
                }
            }
            for (JobListener listener : targets) {
                listener.onEvent(numbered);
            }
        }
    }

    /** Lets every listener show a sign of life; between events, never during one. */
    void heartbeat() {
        synchronized (publishing) {
            List<JobListener> targets;
            synchronized (lock) {
                targets = new ArrayList<>(listeners);
            }
            for (JobListener listener : targets) {
                listener.onIdle();
            }
        }
    }

    private void track(TrainingEvent event) {
        if (event.epoch() > 0) {
            epoch = event.epoch();
        }
        if (event.samplesSeen() >= 0) {
            samplesSeen = event.samplesSeen();
        }
        switch (event.type()) {
            case BATCH -> progress = ((event.epoch() - 1) + (double) event.batch() / batchesPerEpoch) / epochs;
            case EPOCH -> progress = (double) event.epoch() / epochs;
            case DONE -> progress = 1;
            default -> {
                // stopped, diverged and failed jobs keep the progress they had
            }
        }
        progress = Math.max(0, Math.min(1, progress));
    }

    private static RunState finalState(TrainingEvent.Type type) {
        return switch (type) {
            case DONE -> RunState.DONE;
            case STOPPED -> RunState.STOPPED;
            case DIVERGED -> RunState.DIVERGED;
            default -> RunState.FAILED;
        };
    }

    // ---- request threads

    /**
     * Asks the job to stop. A queued job stops at once (its thread will not start it); a running one stops
     * at the end of its current time slice, on its own thread. Returns whether the job had not ended yet.
     */
    boolean requestStop() {
        synchronized (lock) {
            if (state.isFinal()) {
                return false;
            }
            stopRequested = true;
            if (state != RunState.QUEUED) {
                return true;
            }
            state = RunState.STOPPED;
        }
        publish(new TrainingEvent(TrainingEvent.Type.STOPPED, -1, -1, 0, Float.NaN, Float.NaN, Float.NaN, Float.NaN,
                Float.NaN, Float.NaN, "Stopped before it started (it was waiting for a free training slot)."));
        return true;
    }

    /** Waits until the job's last event is out, for at most {@code millis}; returns whether it is. */
    boolean awaitEnd(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        synchronized (lock) {
            while (!hasEnded()) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return false;
                }
                lock.wait(left);
            }
            return true;
        }
    }

    private boolean hasEnded() {
        return history.hasEnded();
    }

    /**
     * Registers {@code listener} for the live events and returns the events after {@code afterId} it has
     * missed, atomically: every event is either in the returned list or delivered live, never both. A job whose
     * last event is out registers nobody.
     */
    public Subscription subscribe(long afterId, JobListener listener) {
        synchronized (lock) {
            List<JobEvent> missed = history.after(afterId);
            boolean live = !hasEnded();
            if (live) {
                listeners.add(listener);
            }
            return new Subscription(missed, live);
        }
    }

    /** The events a new listener missed, and whether live events will follow (false once the job has ended). */
    public record Subscription(List<JobEvent> missed, boolean live) {
    }

    public void unsubscribe(JobListener listener) {
        synchronized (lock) {
            listeners.remove(listener);
        }
    }

    /** Everything the API shows about the job, read consistently. */
    public JobView view() {
        synchronized (lock) {
            String last = history.last() == null ? null : history.last().json();
            return new JobView(id, name, state.id(), recipeText, dataset, threads, progress, epoch, epochs,
                    samplesSeen, last, created.toString(), JobView.Links.of(id));
        }
    }
}
