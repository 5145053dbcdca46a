package org.neurite.web.studio;

import org.neurite.web.dom.Numbers;
import org.neurite.web.dom.Paced;
import org.neurite.engine.train.EpochProgress;
import org.neurite.engine.train.Recipe;
import org.neurite.engine.train.RunState;
import org.neurite.engine.train.TrainingEvent;
import org.neurite.web.run.RunClient;
import org.neurite.web.run.RunListener;
import org.neurite.web.run.WorkerScorer;

/**
 * Drives a training run and shows it: start, pause, resume, stop, a new learning rate while running; the metrics
 * go to the read-outs and the plots, each epoch's model to the draw pad and the pictures, each epoch's test-set
 * predictions to the confusion matrix. The run trains in this browser's worker or on the server: this class talks
 * to a {@link RunClient} and never asks which. Nothing here trains or scores: the page thread only receives.
 */
final class Trainer implements RunListener {
    /** What the rest of the page learns from a run. */
    interface Results {
        void modelArrived(byte[] modelFile, String title);

        /** The test-set outputs after epoch {@code epoch}, or of a loaded model ({@code epoch} -1). */
        void testPredictions(int epoch, float[] probabilities);

        void runActive(boolean active);

        /** Every event of the run shown, as it arrives. */
        void runEvent(TrainingEvent event);
    }

    private final RunClient inBrowser;
    private final RunClient onServer;
    private final WorkerScorer scorer;
    private final TrainingPanel panel;
    private final LearningCharts charts;
    private final Results results;
    /** The client of the run shown (or the next one). */
    private RunClient run;
    private int trainSize = 60_000;
    private int batchSize = 1;
    private int epochs = 1;
    private String title = "";
    /** Between a start and its "running" (or "queued") state. */
    private boolean awaitingRun;
    private boolean hasData;
    /** The newest batch event, shown at the next paced redraw. */
    private TrainingEvent latestBatch;
    private final Paced showBatch = new Paced(250, this::showLatestBatch);

    Trainer(RunClient inBrowser, RunClient onServer, WorkerScorer scorer, TrainingPanel panel, LearningCharts charts,
            Results results) {
        this.inBrowser = inBrowser;
        this.onServer = onServer;
        this.scorer = scorer;
        this.panel = panel;
        this.charts = charts;
        this.results = results;
        this.run = inBrowser;
        inBrowser.addListener(this);
        onServer.addListener(this);
    }

    /** The worker has the data: every run in the browser trains on it, every model is scored on its test set. */
    void dataReady(int trainSamples) {
        trainSize = trainSamples;
        hasData = true;
        panel.phase(TrainingPanel.Phase.READY);
        panel.status("idle", "Ready: press Train, or train a quick model beside the draw pad.");
    }

    boolean isActive() {
        TrainingPanel.Phase phase = panel.phase();
        return phase == TrainingPanel.Phase.RUNNING || phase == TrainingPanel.Phase.PAUSED || awaitingRun;
    }

    /** Starts a run of {@code recipe} on the server or in this browser; {@code title} names it ("MLP"). */
    void start(Recipe recipe, String title, boolean onTheServer) {
        RunClient next = onTheServer ? onServer : inBrowser;
        if (next != run) {
            run.detach(); // whatever the other client still had to say belongs to an earlier run
        }
        run = next;
        this.batchSize = recipe.batchSize();
        this.epochs = recipe.epochs();
        this.title = title;
        awaitingRun = true;
        latestBatch = null;
        charts.clear();
        panel.resetProgress();
        panel.testAccuracy(Double.NaN);
        panel.trainAccuracy(Double.NaN);
        panel.loss(Double.NaN);
        panel.speed(Double.NaN);
        panel.pausable(run.supportsPause());
        panel.status("running", "Starting " + title + " " + run.where() + "…");
        panel.phase(TrainingPanel.Phase.RUNNING);
        results.runActive(true);
        run.start(recipe, title);
    }

    void pause() {
        run.pause();
    }

    /** Whether the run shown is paused (resume goes on with it). */
    boolean isPaused() {
        return panel.phase() == TrainingPanel.Phase.PAUSED;
    }

    void resume() {
        run.resume();
    }

    void stop() {
        run.stop();
    }

    /** Whether the run shown takes a new learning rate while it trains. */
    boolean takesLearningRate() {
        return run.supportsLearningRate();
    }

    /** A new learning rate for the run from its next batch; {@code typed} is how the person wrote it. */
    void setLearningRate(float rate, String typed) {
        if (!run.supportsLearningRate()) {
            panel.status("running", "The learning rate of a run " + run.where() + " is fixed once it has started.");
            return;
        }
        run.setLearningRate(rate);
        panel.status(panel.phase() == TrainingPanel.Phase.PAUSED ? "paused" : "running", "Learning rate changed to "
                + typed + " from the next batch.");
    }

    /**
     * Makes a model file the page's model: a run in progress stops and is no longer followed, and the worker
     * scores the model on the test set (the accuracy comes from those predictions: one pass over the test set).
     */
    void load(byte[] modelFile) {
        boolean wasActive = isActive();
        panel.status("idle", wasActive ? "Training stopped: a model file was loaded in its place."
                : "Using a model loaded from a file; Train starts a new one.");
        if (wasActive) {
            run.stop();
        }
        run.detach();
        awaitingRun = false;
        ended();
        scorer.score(modelFile, new WorkerScorer.Scored() {
            @Override
            public void scored(float[] probabilities) {
                results.testPredictions(-1, probabilities);
            }

            @Override
            public void failed(String message) {
                panel.status("error", message);
            }
        });
    }

    /** Shows a loaded model's test accuracy. */
    void loadedModelScored(float accuracy) {
        panel.testAccuracy(accuracy);
        panel.trainAccuracy(Double.NaN);
        panel.loss(Double.NaN);
    }

    @Override
    public void onState(RunState state, int samplesSeen) {
        switch (state) {
            case QUEUED -> {
                awaitingRun = false;
                panel.status("running", "Waiting for a free training slot " + run.where() + "…");
            }
            case RUNNING -> {
                awaitingRun = false;
                panel.phase(TrainingPanel.Phase.RUNNING);
                panel.status("running", "Training " + title + " " + run.where() + "…");
            }
            case PAUSED -> {
                showLatestBatch(); // the figures stop where the run stopped, not a paced redraw later
                panel.phase(TrainingPanel.Phase.PAUSED);
                panel.status("paused", "Paused after " + Numbers.grouped(samplesSeen) + " samples.");
            }
            default -> {
                awaitingRun = false;
                ended();
            }
        }
    }

    private void ended() {
        panel.phase(hasData ? TrainingPanel.Phase.READY : TrainingPanel.Phase.NO_DATA);
        results.runActive(false);
    }

    @Override
    public void onEvent(TrainingEvent event) {
        charts.add(event, trainSize);
        results.runEvent(event);
        if (event.type() != TrainingEvent.Type.BATCH) {
            latestBatch = null; // the epoch's end or the run's end is newer news than any batch
        }
        switch (event.type()) {
            case BATCH -> {
                latestBatch = event;
                showBatch.request();
            }
            case EPOCH -> {
                panel.epochDone(title, event.epoch(), epochs);
                panel.testAccuracy(event.testAccuracy());
                panel.trainAccuracy(event.accuracy());
                panel.loss(event.loss());
                panel.status("running", "Epoch " + event.epoch() + " of " + epochs + " " + run.where()
                        + ": test accuracy " + Numbers.percent(event.testAccuracy(), 2) + ".");
            }
            case DONE -> panel.status("done", title + " trained " + run.where() + ": test accuracy "
                    + Numbers.percent(event.testAccuracy(), 2) + " after " + epochs + (epochs == 1 ? " epoch."
                    : " epochs."));
            case STOPPED -> panel.status("stopped", event.message() + " The model so far is on the draw pad.");
            case DIVERGED -> panel.status("diverged", event.message());
            default -> panel.status("error", event.message());
        }
    }

    private void showLatestBatch() {
        TrainingEvent event = latestBatch;
        if (event == null || awaitingRun) {
            return;
        }
        panel.loss(event.loss());
        panel.speed(event.samplesPerSecond());
        panel.epoch(title, event.epoch(), epochs, EpochProgress.of(event.batch(), batchSize, trainSize,
                event.samplesPerSecond()));
    }

    @Override
    public void onModel(byte[] modelFile) {
        results.modelArrived(modelFile, title);
    }

    @Override
    public void onTestPredictions(int epoch, float[] probabilities) {
        results.testPredictions(epoch, probabilities);
    }

    @Override
    public void onError(String message, boolean runEnded) {
        panel.status("error", message);
        if (runEnded) {
            awaitingRun = false;
            ended();
        }
    }
}
