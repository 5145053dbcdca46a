package org.neurite.web.studio;

import org.neurite.engine.train.EpochProgress;
import org.neurite.engine.train.Recipe;
import org.neurite.engine.train.RunEstimate;
import org.neurite.web.dom.Dom;
import org.neurite.web.dom.Numbers;
import org.neurite.web.worker.BenchmarkResult;
import org.neurite.web.worker.WorkerClient;
import org.neurite.web.worker.WorkerListener;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The expected time to the end of the run on screen, shown before Train is pressed: the worker times a short
 * warm-up of the same model and batch size (a fresh model, the first few hundred digits, nothing scored; only
 * its second half is timed, once the browser has compiled the code), and
 * the engine scales that speed to the whole run. A new warm-up runs only when the model, batch size or
 * optimizer change; epochs and the rest only change the arithmetic.
 */
final class RunForecast implements WorkerListener {
    private static final String NAME = "studio-warm-up";

    private final WorkerClient worker;
    private final HTMLElement out = Dom.byId("st-forecast");
    /** The recipe to forecast, or null when nothing should be shown. */
    private Recipe wanted;
    private int trainSize;
    private int testSize;
    /** What the warm-up in the worker is timing, or null when none is. */
    private String timing;
    private String timed;
    private double speed;

    RunForecast(WorkerClient worker) {
        this.worker = worker;
        worker.addListener(this);
    }

    /** Forecasts {@code recipe} trained in this browser on these sets, or shows nothing for null. */
    void show(Recipe recipe, int trainSamples, int testSamples) {
        wanted = recipe;
        trainSize = trainSamples;
        testSize = testSamples;
        refresh();
    }

    @Override
    public void onBenchmark(BenchmarkResult result) {
        if (!NAME.equals(result.name())) {
            return;
        }
        timed = timing;
        timing = null;
        speed = result.samplesPerSecond();
        refresh();
    }

    private void refresh() {
        if (wanted == null) {
            out.setTextContent("");
            return;
        }
        String key = key(wanted);
        if (key.equals(timed)) {
            String time = EpochProgress.durationText(RunEstimate.seconds(wanted, trainSize, testSize, speed));
            out.setTextContent(time.isEmpty() ? "" : "Expected: about " + time + " to the end (" + wanted.epochs()
                    + (wanted.epochs() == 1 ? " epoch" : " epochs") + " at " + Numbers.grouped(Math.round(speed))
                    + " digits a second, timed by a short warm-up).");
        } else if (timing == null) {
            timing = key;
            out.setTextContent("Timing a short warm-up to estimate the run…");
            worker.warmUp(NAME, wanted, samples(wanted.batchSize()));
        }
    }

    /** Sixteen batches, at least 512 digits: its timed half takes a second or two, even for the CNN. */
    private static int samples(int batchSize) {
        return Math.max(16 * batchSize, 512);
    }

    private static String key(Recipe recipe) {
        return recipe.spec().toText() + "|" + recipe.batchSize() + "|" + recipe.optimizer();
    }
}
