package org.neurite.web.worker;

import org.neurite.engine.train.RunState;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.train.Evaluation;
import org.neurite.engine.train.Recipe;
import org.neurite.engine.train.TrainingRun;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Performance;

/**
 * A timed training run, measured as the peer baselines measure theirs: one uninterrupted loop of
 * {@code step()} calls in file order (no yielding, no metrics events), timed on its own; then the accuracy on
 * the test set, outside the timing (left out for a warm-up, which only wants the speed).
 */
final class Benchmark {
    private static final int EVALUATION_BATCH = 256;

    private Benchmark() {
    }

    static JSObject run(String name, Recipe recipe, WorkerData data, boolean score) {
        TrainingRun run = recipe.withShuffle(false).withEpochs(1).newRun(data.train(), null);
        Dataset train = run.train();
        double start = Performance.now();
        while (run.step()) {
            // one batch per call
        }
        double trainMs = Performance.now() - start;
        if (run.state() != RunState.DONE) {
            throw new IllegalStateException("benchmark " + name + " did not finish its epoch: it "
                    + run.state().name().toLowerCase() + " after " + run.samplesSeen() + " samples");
        }
        JSObject result = Js.message(Protocol.BENCHMARK_RESULT);
        Js.putString(result, "name", name);
        Js.putString(result, "target", WorkerScope.target());
        Js.putNumber(result, "samples", train.size());
        Js.putNumber(result, "trainSeconds", trainMs / 1000);
        Js.putNumber(result, "samplesPerSecond", train.size() / (trainMs / 1000));
        if (score && data.test() != null) {
            Evaluation test = Evaluation.of(run.model(), data.test(), EVALUATION_BATCH);
            Js.putNumber(result, "testAccuracy", test.accuracy());
            Js.putNumber(result, "testLoss", test.loss());
        }
        return result;
    }
}
