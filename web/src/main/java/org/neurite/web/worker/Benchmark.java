package org.neurite.web.worker;

import org.neurite.engine.data.Dataset;
import org.neurite.engine.train.Evaluation;
import org.neurite.engine.train.Recipe;
import org.neurite.engine.train.RunState;
import org.neurite.engine.train.TrainingRun;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Performance;

/**
 * A timed training run, measured as the peer baselines measure theirs: one uninterrupted loop of
 * {@code step()} calls in file order (no yielding, no metrics events), timed on its own; then the accuracy on
 * the test set, outside the timing (left out for a warm-up, which only wants the speed). With helper workers
 * the loop goes on from each step's last answer, and the time includes the messages to and from them. A warm-up
 * times only its second half: its first runs code the browser is still compiling, which the run it forecasts
 * meets only in its first seconds.
 */
final class Benchmark {
    private static final int EVALUATION_BATCH = 256;

    private final String name;
    private final TrainingRun run;
    private final WorkerData data;
    private final boolean score;
    private final int workers;
    private ShardedSteps sharded;
    private double start;
    /** Samples trained before the clock started (a warm-up's first half). */
    private int untimed;

    private Benchmark(String name, TrainingRun run, WorkerData data, boolean score, int workers) {
        this.name = name;
        this.run = run;
        this.data = data;
        this.score = score;
        this.workers = workers;
    }

    /** Runs the benchmark on this worker and {@code workers - 1} helpers; posts {@code benchmark-result}. */
    static void start(String name, Recipe recipe, WorkerData data, boolean score, int workers, HelperPool pool) {
        TrainingRun run = recipe.withShuffle(false).withEpochs(1).newRun(data.train(), null);
        Benchmark benchmark = new Benchmark(name, run, data, score, workers);
        if (workers > 1) {
            benchmark.sharded = new ShardedSteps(run, workers, pool, benchmark::failed);
        }
        benchmark.start = Performance.now();
        if (benchmark.sharded == null) {
            while (run.step()) {
                benchmark.startClockHalfwayIfWarmUp();
            }
            benchmark.finish();
        } else {
            benchmark.next();
        }
    }

    private void next() {
        startClockHalfwayIfWarmUp();
        if (!sharded.begin(this::next)) {
            finish();
        }
    }

    private void startClockHalfwayIfWarmUp() {
        int seen = run.samplesSeen();
        if (!score && untimed == 0 && seen * 2 >= run.train().size() && seen < run.train().size()) {
            untimed = seen;
            start = Performance.now();
        }
    }

    private void failed(String message) {
        JSObject error = Js.message(Protocol.ERROR);
        Js.putString(error, "command", Protocol.BENCHMARK);
        Js.putString(error, "message", message);
        WorkerScope.post(error);
    }

    private void finish() {
        double trainMs = Performance.now() - start;
        if (run.state() != RunState.DONE) {
            // posted, not thrown: with helpers this runs in a later task, outside the message handler
            failed("benchmark " + name + " did not finish its epoch: it " + run.state().name().toLowerCase()
                    + " after " + run.samplesSeen() + " samples");
            return;
        }
        Dataset train = run.train();
        JSObject result = Js.message(Protocol.BENCHMARK_RESULT);
        Js.putString(result, "name", name);
        Js.putString(result, "target", WorkerScope.target());
        Js.putNumber(result, "workers", workers);
        Js.putNumber(result, "samples", train.size() - untimed);
        Js.putNumber(result, "trainSeconds", trainMs / 1000);
        Js.putNumber(result, "samplesPerSecond", (train.size() - untimed) / (trainMs / 1000));
        Js.putString(result, "weightDigest", run.model().weightDigest());
        if (sharded != null) {
            Js.putObject(result, "phases", sharded.phases());
        }
        if (score && data.test() != null) {
            Evaluation test = Evaluation.of(run.model(), data.test(), EVALUATION_BATCH);
            Js.putNumber(result, "testAccuracy", test.accuracy());
            Js.putNumber(result, "testLoss", test.loss());
        }
        WorkerScope.post(result);
    }
}
