package org.neurite.web.playground.train;

import org.neurite.engine.train.RunState;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.nn.Model;
import org.neurite.engine.train.Evaluation;
import org.neurite.engine.train.TrainingEvent;
import org.neurite.engine.train.TrainingRun;

/**
 * One network being trained on one dataset: play, pause, one batch at a time, within a time budget per
 * animation frame. Changing the optimizer, batch size or regularization starts a new engine run on the same
 * weights (the epoch count goes on); changing the learning rate applies from the next batch.
 */
public final class Session {
    /** Where the session stands, as the page shows it. */
    public enum Status { READY, TRAINING, PAUSED, DIVERGED, TARGET_REACHED, FINISHED }

    /** Milliseconds from some fixed origin: {@code performance.now()} in the page. */
    public interface Clock {
        double now();
    }

    private final Model model;
    private final Dataset train;
    private final Dataset test;
    private final LossHistory history = new LossHistory();
    private TrainingSettings settings;
    private TrainingRun run;
    private Status status = Status.READY;
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
        this.run = newRun();
        this.metrics = measure();
        history.add(0, metrics.trainLoss, metrics.testLoss);
    }

    private TrainingRun newRun() {
        TrainingRun fresh = settings.recipe(model.spec()).newRun(model, train, test);
        fresh.addListener(this::onEvent);
        return fresh;
    }

    private void onEvent(TrainingEvent event) {
        switch (event.type()) {
            case EPOCH:
                epochsDone = epochsBefore + event.epoch();
                metrics = new Metrics(event.loss(), event.accuracy(), event.testLoss(), event.testAccuracy());
                history.add(epochsDone, event.loss(), event.testLoss());
                checkTarget();
                break;
            case DIVERGED:
                status = Status.DIVERGED;
                message = event.message() + " Press reset to start again.";
                break;
            case DONE:
                status = Status.FINISHED;
                message = event.message();
                break;
            default:
                break;
        }
    }

    private void checkTarget() {
        float target = settings.targetLoss();
        float reached = test != null ? metrics.testLoss : metrics.trainLoss;
        if (target > 0f && reached <= target) {
            run.stop();
            status = Status.TARGET_REACHED;
            message = "Reached " + (test != null ? "test" : "training") + " loss " + Numbers.loss(reached)
                    + ", at or below the target " + Numbers.loss(target) + ", after " + epochsDone
                    + (epochsDone == 1 ? " epoch." : " epochs.");
        }
    }

    /** Starts (or resumes) training on the following frames. */
    public void play() {
        if (canTrain()) {
            status = Status.TRAINING;
            message = "";
        }
    }

    public void pause() {
        if (status == Status.TRAINING) {
            status = Status.PAUSED;
        }
    }

    /** Whether play or step can do anything (not after divergence or the end of the run). */
    public boolean canTrain() {
        return status != Status.DIVERGED && status != Status.FINISHED;
    }

    /**
     * Trains batches until {@code budgetMs} have passed or the run stops; returns whether any batch ran.
     * Called once per animation frame while training.
     */
    public boolean trainFor(double budgetMs, Clock clock) {
        double start = clock.now();
        boolean trained = false;
        while (status == Status.TRAINING && clock.now() - start < budgetMs && stepRun()) {
            trained = true;
        }
        return trained;
    }

    /** One batch, then the losses measured on the spot, so a single step shows its effect. */
    public void stepOnce() {
        if (!canTrain()) {
            return;
        }
        status = Status.PAUSED;
        message = "";
        if (stepRun()) {
            remeasure();
        }
    }

    /** Trains one batch of the engine run (a new run on the same weights after a target stop). */
    private boolean stepRun() {
        if (run.state() == RunState.STOPPED) {
            restartRunKeepingWeights();
        }
        if (!run.isRunning()) {
            return false;
        }
        run.step();
        weightVersion++;
        return true;
    }

    private void restartRunKeepingWeights() {
        epochsBefore = epochsDone;
        run = newRun();
    }

    /** Takes new hyperparameters: the learning rate at once, the others through a new run on the same weights. */
    public void apply(TrainingSettings newSettings) {
        boolean rebuild = newSettings.needsNewRun(settings);
        settings = newSettings;
        if (rebuild) {
            restartRunKeepingWeights();
        } else if (run.isRunning()) {
            run.setLearningRate(newSettings.learningRate);
        }
        if (status == Status.TARGET_REACHED && !reachedTarget()) {
            status = Status.PAUSED;
            message = "";
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

    public Status status() {
        return status;
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
