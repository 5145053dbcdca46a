package org.neurite.web.studio;

import org.neurite.engine.train.EpochProgress;
import org.neurite.engine.train.Recipe;
import org.neurite.engine.train.TrainingEvent;
import org.neurite.web.worker.ModelBytes;
import org.neurite.web.worker.WorkerClient;
import org.neurite.web.worker.WorkerDataset;
import org.neurite.web.worker.WorkerListener;
import org.neurite.web.worker.WorkerState;

/**
 * Drives training in the worker and shows it: start, pause, resume, stop, a new learning rate while running;
 * the metrics go to the read-outs and the plots. After every epoch (and when a run ends) it fetches the model
 * file, so the draw pad and the weight pictures follow the training; the test-set predictions of each epoch go
 * to the confusion matrix. Nothing here trains: the page thread only receives messages.
 */
final class Trainer implements WorkerListener {
    /** What the rest of the page learns from the worker. */
    interface Results {
        void modelArrived(byte[] modelFile, String title);

        void testPredictions(int epoch, float[] probabilities);

        void runActive(boolean active);
    }

    private final WorkerClient worker;
    private final TrainingPanel panel;
    private final LearningCharts charts;
    private final Results results;
    private int trainSize = 60_000;
    private int batchSize = 1;
    private int epochs = 1;
    private String title = "";
    /** Between a start and its "running" state, messages of the run it replaced are ignored. */
    private boolean awaitingRun;
    private boolean hasData;
    /** The newest batch event, shown at the next paced redraw. */
    private TrainingEvent latestBatch;
    private final Paced showBatch = new Paced(250, this::showLatestBatch);

    Trainer(WorkerClient worker, TrainingPanel panel, LearningCharts charts, Results results) {
        this.worker = worker;
        this.panel = panel;
        this.charts = charts;
        this.results = results;
        worker.addListener(this);
    }

    /** Hands the data to the worker once; every run trains on it. */
    void dataReady(MnistData data) {
        trainSize = data.trainSize();
        worker.loadDataset(WorkerDataset.mnist(data.trainImages(), data.trainLabels(), data.testImagesCopy(),
                data.testLabelsCopy()));
        worker.watchTestPredictions(true);
        hasData = true;
        panel.phase(TrainingPanel.Phase.READY);
        panel.status("idle", "Ready: press Train, or train a quick model beside the draw pad.");
    }

    boolean isActive() {
        TrainingPanel.Phase phase = panel.phase();
        return phase == TrainingPanel.Phase.RUNNING || phase == TrainingPanel.Phase.PAUSED || awaitingRun;
    }

    /** Starts a run of {@code recipe}; {@code title} names it ("MLP", "Quick model"). */
    void start(Recipe recipe, String title) {
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
        panel.status("running", "Starting " + title + "…");
        panel.phase(TrainingPanel.Phase.RUNNING);
        results.runActive(true);
        worker.start(recipe, null);
    }

    void pause() {
        worker.pause();
    }

    void resume() {
        worker.resume();
    }

    void stop() {
        worker.stop();
    }

    /** A new learning rate for the run from its next batch; {@code typed} is how the person wrote it. */
    void setLearningRate(float rate, String typed) {
        worker.setLearningRate(rate);
        panel.status(panel.phase() == TrainingPanel.Phase.PAUSED ? "paused" : "running", "Learning rate changed to "
                + typed + " from the next batch.");
    }

    /**
     * Makes a model file the worker's model and asks for its test-set predictions (the accuracy comes from them:
     * one pass over the test set, not two).
     */
    void load(byte[] modelFile) {
        panel.status("idle", isActive() ? "Training stopped: a model file was loaded in its place."
                : "Using a model loaded from a file; Train starts a new one.");
        // a run the load replaces reports "stopped" first: that must not fetch its model over the loaded one
        awaitingRun = true;
        worker.loadModel(modelFile);
        worker.requestTestPredictions();
    }

    /** Shows a loaded model's test accuracy. */
    void loadedModelScored(float accuracy) {
        panel.testAccuracy(accuracy);
        panel.trainAccuracy(Double.NaN);
        panel.loss(Double.NaN);
    }

    @Override
    public void onState(WorkerState state) {
        switch (state.state()) {
            case "running" -> {
                awaitingRun = false;
                panel.phase(TrainingPanel.Phase.RUNNING);
                panel.status("running", "Training " + title + " in a background worker…");
            }
            case "paused" -> {
                showLatestBatch(); // the figures stop where the run stopped, not a paced redraw later
                panel.phase(TrainingPanel.Phase.PAUSED);
                panel.status("paused", "Paused after " + Numbers.grouped(state.samplesSeen()) + " samples.");
            }
            case "loaded" -> {
                awaitingRun = false;
                ended();
            }
            default -> {
                if (!awaitingRun) {
                    ended();
                }
            }
        }
    }

    private void ended() {
        panel.phase(hasData ? TrainingPanel.Phase.READY : TrainingPanel.Phase.NO_DATA);
        results.runActive(false);
    }

    @Override
    public void onMetrics(TrainingEvent event) {
        if (awaitingRun) {
            return;
        }
        charts.add(event, trainSize);
        if (event.type() != TrainingEvent.Type.BATCH) {
            latestBatch = null; // the epoch's end or the run's end is newer news than any batch
        }
        switch (event.type()) {
            case BATCH -> {
                latestBatch = event;
                showBatch.request();
            }
            case EPOCH -> {
                panel.epochDone(event.epoch(), epochs);
                panel.testAccuracy(event.testAccuracy());
                panel.trainAccuracy(event.accuracy());
                panel.loss(event.loss());
                panel.status("running", "Epoch " + event.epoch() + " of " + epochs + ": test accuracy "
                        + Numbers.percent(event.testAccuracy(), 2) + ".");
                worker.requestModel();
            }
            case DONE -> {
                panel.status("done", title + " trained: test accuracy " + Numbers.percent(event.testAccuracy(), 2)
                        + " after " + epochs + (epochs == 1 ? " epoch." : " epochs."));
            }
            case STOPPED -> {
                panel.status("stopped", event.message() + " The model so far is on the draw pad.");
                worker.requestModel();
            }
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
        panel.epoch(event.epoch(), epochs, EpochProgress.of(event.batch(), batchSize, trainSize,
                event.samplesPerSecond()));
    }

    @Override
    public void onModel(ModelBytes model) {
        results.modelArrived(model.toByteArray(), title);
    }

    @Override
    public void onTestPredictions(int epoch, float[] probabilities, int outputs) {
        results.testPredictions(epoch, probabilities);
    }

    @Override
    public void onError(String command, String message) {
        panel.status("error", message);
        if ("start".equals(command) || "load".equals(command) || "load-model".equals(command)) {
            awaitingRun = false;
            ended();
        }
    }
}
