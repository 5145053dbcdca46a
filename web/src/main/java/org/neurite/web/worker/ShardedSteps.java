package org.neurite.web.worker;

import org.neurite.engine.train.Shards;
import org.neurite.engine.train.TrainingRun;
import org.neurite.web.dom.NextTask;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.typedarrays.Float32Array;

/**
 * Trains a run on this worker and {@code workers - 1} helper workers, one step at a time without blocking: a
 * step posts each helper the weights and its shard's rows, computes shard 0 here, and ends when every helper
 * has answered, with the engine's own sum in shard order. So a given worker count gives the JVM's weights for
 * the same shard count, bit for bit, whichever helper answers first.
 */
final class ShardedSteps implements HelperPool.Listener {
    /** Called when a step's training failed because a helper did. */
    interface Failure {
        void failed(String message);
    }

    private static int runs;

    private final int id = ++runs;
    private final TrainingRun run;
    private final Shards shards;
    private final HelperPool pool;
    private final Failure onFailure;
    private final float[] weights;
    private final FloatBridge bridge = new FloatBridge();
    private final NextTask finishAlone = new NextTask(this::finish);
    private final int inputs;
    private final int width;
    private int step;
    private int waiting;
    private Runnable done;
    private boolean failed;
    /** Where a step's time goes, in ms summed over the run: the benchmark reports it. */
    private double prepareMs;
    private double ownShardMs;
    private double waitMs;
    private double finishMs;
    private double helperBusyMs;
    private double mark;
    private boolean closed;

    ShardedSteps(TrainingRun run, int workers, HelperPool pool, Failure onFailure) {
        this.run = run;
        this.pool = pool;
        this.onFailure = onFailure;
        run.shard(workers, Shards.IN_TURN);
        this.shards = run.shards();
        this.weights = new float[shards.parameterCount()];
        this.inputs = run.model().inputSize();
        this.width = run.model().outputSize();
        pool.ensure(workers - 1);
        pool.addListener(this);
        for (int k = 1; k < workers; k++) {
            JSObject init = Js.message(Protocol.SHARD_INIT);
            Js.putNumber(init, "run", id);
            Js.putString(init, "spec", run.model().spec().toText());
            Js.putNumber(init, "seed", run.recipe().seed());
            Js.putNumber(init, "shard", k);
            Js.putBoolean(init, "classification", run.train().isClassification());
            pool.send(k - 1, init, null);
        }
    }

    TrainingRun run() {
        return run;
    }

    /**
     * Begins the next step; {@code done} runs once it has ended (in a later task). False when the run does not
     * go on, or a helper failed.
     */
    boolean begin(Runnable done) {
        if (failed || !run.beginShardedStep()) {
            return false;
        }
        this.done = done;
        step++;
        int active = shards.active();
        waiting = active - 1;
        double start = Performance.now();
        if (active > 1) {
            shards.weights(weights);
            Float32Array shared = bridge.out(weights, weights.length);
            for (int k = 1; k < active; k++) {
                post(k, TypedArrays.slice(shared, weights.length));
            }
        }
        double posted = Performance.now();
        shards.compute(0);
        mark = Performance.now();
        prepareMs += posted - start;
        ownShardMs += mark - posted;
        if (waiting == 0) {
            finishAlone.post();
        }
        return true;
    }

    private void post(int k, Float32Array weightCopy) {
        int rows = shards.rows(k);
        Float32Array x = bridge.out(shards.inputs(k), rows * inputs);
        Float32Array t = bridge.out(shards.targets(k), rows * width);
        JSObject message = Js.message(Protocol.SHARD_STEP);
        Js.putNumber(message, "run", id);
        Js.putNumber(message, "step", step);
        Js.putNumber(message, "shard", k);
        Js.putNumber(message, "rows", rows);
        Js.putObject(message, "weights", weightCopy);
        Js.putObject(message, "inputs", x);
        Js.putObject(message, "targets", t);
        pool.send(k - 1, message, buffers(weightCopy, x, t));
    }

    @Override
    public void onMessage(JSObject message) {
        if (!Protocol.SHARD_RESULT.equals(Js.string(message, "type")) || Js.number(message, "run", 0) != id
                || Js.number(message, "step", 0) != step || done == null) {
            return;
        }
        shards.accept(Protocol.integer(message, "shard", 0), bridge.in((Float32Array) Js.object(message, "gradient")),
                (float) Js.number(message, "loss", Double.NaN), Protocol.integer(message, "correct", 0));
        helperBusyMs += Js.number(message, "busyMs", 0);
        if (--waiting == 0) {
            finish();
        }
    }

    @Override
    public void onFailure(int index, String message) {
        if (failed) {
            return;
        }
        failed = true;
        done = null;
        close();
        onFailure.failed("Helper worker " + (index + 1) + " failed, so training stopped (" + message + "). "
                + "Train with 1 worker to go on without helpers.");
    }

    private void finish() {
        Runnable then = done;
        if (then == null) {
            return;
        }
        done = null;
        double start = Performance.now();
        waitMs += start - mark;
        run.finishShardedStep();
        finishMs += Performance.now() - start;
        if (!run.isRunning()) {
            close();
        }
        then.run();
    }

    /**
     * Milliseconds spent so far in: posting the weights and rows, computing shard 0, waiting for the helpers after
     * that, summing and stepping, and (summed over the helpers) the helpers' own handling of their messages.
     */
    JSObject phases() {
        JSObject phases = Js.newObject();
        Js.putNumber(phases, "prepareMs", prepareMs);
        Js.putNumber(phases, "ownShardMs", ownShardMs);
        Js.putNumber(phases, "waitMs", waitMs);
        Js.putNumber(phases, "finishMs", finishMs);
        Js.putNumber(phases, "helperBusyMs", helperBusyMs);
        return phases;
    }

    /** The helpers drop this run's replicas and this object stops listening. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        pool.removeListener(this);
        for (int k = 1; k < shards.count(); k++) {
            JSObject end = Js.message(Protocol.SHARD_END);
            Js.putNumber(end, "run", id);
            pool.send(k - 1, end, null);
        }
    }

    @JSBody(params = { "a", "b", "c" }, script = "return [a.buffer, b.buffer, c.buffer];")
    private static native JSObject buffers(JSObject a, JSObject b, JSObject c);
}
