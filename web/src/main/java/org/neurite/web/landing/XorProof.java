package org.neurite.web.landing;

import org.neurite.engine.train.RunState;
import org.neurite.engine.train.TrainingEvent;
import org.neurite.engine.train.TrainingRun;
import org.neurite.web.dom.Dom;
import org.neurite.web.xor.XorProblem;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;

/**
 * Trains XOR in the page, a slice per animation frame: at most a few epochs and a few milliseconds, so the
 * page never has a long task and the curve visibly falls. A seed that ends in XOR's local minimum is
 * reported and the next seed tried, so "done" always means the network has learned XOR.
 */
final class XorProof {
    /** Epochs per frame: 200 epochs take about a second at 60 frames a second. */
    private static final int EPOCHS_PER_FRAME = 3;
    private static final double FRAME_BUDGET_MS = 4;
    private static final int MAX_SEEDS_PER_START = 5;

    private final ProofView view;
    private final float[] inputs = XorProblem.inputs();
    private TrainingRun run;
    private int seed;
    private int seedsTried;
    private int generation;

    XorProof(ProofView view) {
        this.view = view;
    }

    /** Trains a new network from {@code firstSeed}, abandoning any run in progress. */
    void start(int firstSeed) {
        seedsTried = 0;
        train(firstSeed, "training…");
    }

    /** The next run starts from the seed after the last one used. */
    void restart() {
        start(seed + 1);
    }

    private void train(int newSeed, String message) {
        seed = newSeed;
        seedsTried++;
        generation++;
        run = XorProblem.newRun(seed);
        run.addListener(this::onEvent);
        view.started(seed, message);
        scheduleFrame(generation);
    }

    private void onEvent(TrainingEvent event) {
        if (event.type() == TrainingEvent.Type.EPOCH) {
            view.epochFinished(event.epoch(), event.loss());
        }
    }

    private void scheduleFrame(int forGeneration) {
        // A restart bumps the generation, so a frame already requested for the old run does nothing.
        Window.requestAnimationFrame(timestamp -> {
            if (forGeneration == generation) {
                frame();
            }
        });
    }

    private void frame() {
        double start = Performance.now();
        int epochAtStart = run.epoch();
        boolean more = true;
        while (more && run.epoch() - epochAtStart < EPOCHS_PER_FRAME && Performance.now() - start < FRAME_BUDGET_MS) {
            more = run.step();
        }
        view.frameDone(run.model().predict(inputs, XorProblem.SAMPLES));
        if (more) {
            scheduleFrame(generation);
        } else {
            finish();
        }
    }

    private void finish() {
        boolean solved = run.state() == RunState.DONE && XorProblem.isSolved(run.model());
        if (solved) {
            view.finished(true, "done — the engine works in your browser (" + Dom.engineTargetName() + ")");
        } else if (seedsTried < MAX_SEEDS_PER_START) {
            train(seed + 1, "seed " + seed + " ended in a local minimum (small XOR networks sometimes do); "
                    + "training again with seed " + (seed + 1) + "…");
        } else {
            view.finished(false, "the network did not learn XOR with seeds " + (seed - seedsTried + 1) + " to "
                    + seed + "; this is unexpected: please report it");
        }
    }
}
