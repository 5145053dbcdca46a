package org.neurite.web.playground.train;

import org.neurite.web.dom.Numbers;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.nn.Model;
import org.neurite.engine.train.Evaluation;
import org.neurite.engine.train.Recipe;
import org.neurite.engine.train.RunHost;
import org.neurite.engine.train.RunState;
import org.neurite.engine.train.TrainingEvent;
import org.neurite.engine.train.TrainingRun;

/**
 * One network being trained on one dataset: the Playground's thin adapter over the engine's {@link RunHost}, which
 * owns running, pausing, single steps and the end of a run (its {@link RunState} is what the page shows). What is
 * the Playground's own stays here: the loss history across runs, the losses measured on the spot after a step
 * or an edited weight, and the "target loss reached" stop. Changing the optimizer, batch size or regularization
 * starts a new engine run on the same weights (the epoch count goes on); the learning rate applies from the next
 * batch.
 */
public final class Session implements RunHost.Listener {
    private final Model model;
    private final Dataset train;
    private final Dataset test;
    private final LossHistory history = new LossHistory();
    private TrainingSettings settings;
    private RunHost host;
    /** The clock of the current slice: the page's {@code performance.now}, a test's ticking clock. */
    private RunHost.Clock clock = RunHost.NANO_CLOCK;
    private boolean targetReached;
    private int epochsBefore;
    private int epochsDone;
    private int weightVersion;
    private String message = "";
    private Metrics metrics;

    public Session(Model model, Dataset train, Dataset test, TrainingSettings settings) {
        this.model = model;
        this.train = train;
        this.test = test;
        this.settings = settings;
        this.host = newHost();
        this.metrics = measure();
        history.add(0, metrics.trainLoss, metrics.testLoss, learningRate());
    }

    /** A host over a new run on the current weights, paused until play or step. */
    private RunHost newHost() {
        TrainingRun run = settings.recipe(model.spec()).newRun(model, train, test);
        RunHost fresh = new RunHost(run, () -> clock.now());
        fresh.pause();
        fresh.addListener(this);
        return fresh;
    }

    @Override
    public void onEvent(TrainingEvent event) {
        switch (event.type()) {
            case EPOCH -> {
                epochsDone = epochsBefore + event.epoch();
                metrics = new Metrics(event.loss(), event.accuracy(), event.testLoss(), event.testAccuracy());
                history.add(epochsDone, event.loss(), event.testLoss(), event.learningRate());
                checkTarget();
            }
            case DIVERGED -> message = event.message() + " Press reset to start again.";
            // A run ends at the engine's epoch limit, which a small file reaches in seconds: not the end of the road.
            case DONE -> message = "Trained " + Numbers.grouped(epochsDone) + " epochs, the most one run trains."
                    + " Press play to go on with the same weights.";
            default -> {
                // batches are drawn from the model itself; a stop is the target's, which says so already
            }
        }
    }

    @Override
    public void onState(RunState state) {
        // the page reads state() when it draws
    }

    private void checkTarget() {
        float target = settings.targetLoss();
        float reached = test != null ? metrics.testLoss : metrics.trainLoss;
        if (target > 0f && reached <= target) {
            targetReached = true;
            message = "Reached " + (test != null ? "test" : "training") + " loss " + Numbers.loss(reached)
                    + ", at or below the target " + Numbers.loss(target) + ", after " + epochsDone
                    + (epochsDone == 1 ? " epoch." : " epochs.");
            host.stop();
        }
    }

    /** Starts (or resumes) training on the following frames; after a target stop, a new run goes on from here. */
    public void play() {
        if (canTrain()) {
            goOnAfterTarget();
            message = "";
            host.resume();
        }
    }

    public void pause() {
        host.pause();
    }

    /** Whether play or step can do anything (not after divergence or a failure). */
    public boolean canTrain() {
        RunState state = host.state();
        return state == RunState.RUNNING || state == RunState.PAUSED || state == RunState.STOPPED
                || state == RunState.DONE;
    }

    /**
     * Trains batches for about {@code budgetMs} on {@code now}'s clock unless paused or ended; returns whether any
     * batch ran. Called once per animation frame while training.
     */
    public boolean trainFor(double budgetMs, RunHost.Clock now) {
        if (host.state() != RunState.RUNNING) {
            return false;
        }
        clock = now;
        host.trainFor(budgetMs);
        weightVersion++;
        return true;
    }

    /** One batch, then the losses measured on the spot, so a single step shows its effect. */
    public void stepOnce() {
        if (!canTrain()) {
            return;
        }
        goOnAfterTarget();
        message = "";
        host.step();
        weightVersion++;
        remeasure();
    }

    /** After the target or the epoch limit ended a run, training on means a new run on the same weights. */
    private void goOnAfterTarget() {
        if (host.state() == RunState.STOPPED || host.state() == RunState.DONE) {
            restartRunKeepingWeights();
        }
        targetReached = false;
    }

    private void restartRunKeepingWeights() {
        boolean running = host.state() == RunState.RUNNING;
        epochsBefore = epochsDone;
        host = newHost();
        if (running) {
            host.resume();
        }
    }

    /** Takes new hyperparameters: the learning rate at once, the others through a new run on the same weights. */
    public void apply(TrainingSettings newSettings) {
        boolean rebuild = newSettings.needsNewRun(settings);
        settings = newSettings;
        if (rebuild) {
            restartRunKeepingWeights();
        } else if (host.run().isRunning()) {
            host.setLearningRate(newSettings.learningRate);
        }
        if (targetReached && !reachedTarget()) {
            targetReached = false;
            message = "";
            restartRunKeepingWeights();
        }
    }

    private boolean reachedTarget() {
        float reached = test != null ? metrics.testLoss : metrics.trainLoss;
        return settings.targetLoss() > 0f && reached <= settings.targetLoss();
    }

    /** After a weight was edited by hand: losses measured again, heatmaps redrawn. */
    public void weightsEdited() {
        weightVersion++;
        remeasure();
    }

    private void remeasure() {
        metrics = measure();
    }

    private Metrics measure() {
        Evaluation onTrain = Evaluation.of(model, train, 256);
        Evaluation onTest = test == null ? null : Evaluation.of(model, test, 256);
        return new Metrics(onTrain.loss(), onTrain.accuracy(), onTest == null ? Float.NaN : onTest.loss(),
                onTest == null ? Float.NaN : onTest.accuracy());
    }

    public Model model() {
        return model;
    }

    /** The learning rate the next batch trains with: where the schedule has taken it. */
    public float learningRate() {
        return host.run().optimizer().learningRate();
    }

    /** The recipe of the current run (schedule included), for the exports. */
    public Recipe recipe() {
        return host.run().recipe();
    }

    /** The engine's state of the current run: running, paused, or how it ended (stopped: by the target). */
    public RunState state() {
        return host.state();
    }

    /** Whether the last run stopped because the loss reached the target (the Playground's own stop). */
    public boolean targetReached() {
        return targetReached;
    }

    /** What the page should say about the run: divergence, target reached, finished; "" otherwise. */
    public String message() {
        return message;
    }

    /** Epochs completed since the network was built. */
    public int epochs() {
        return epochsDone;
    }

    /** Latest losses and accuracies (accuracies NaN for regression, test values NaN without a test set). */
    public Metrics metrics() {
        return metrics;
    }

    public LossHistory history() {
        return history;
    }

    /** Changes whenever the weights may have changed, so views recompute only when needed. */
    public int weightVersion() {
        return weightVersion;
    }

    public Dataset trainSet() {
        return train;
    }

    public Dataset testSet() {
        return test;
    }

    /** Losses and accuracies at one moment. */
    public static final class Metrics {
        public final float trainLoss;
        public final float trainAccuracy;
        public final float testLoss;
        public final float testAccuracy;

        Metrics(float trainLoss, float trainAccuracy, float testLoss, float testAccuracy) {
            this.trainLoss = trainLoss;
            this.trainAccuracy = trainAccuracy;
            this.testLoss = testLoss;
            this.testAccuracy = testAccuracy;
        }
    }
}
