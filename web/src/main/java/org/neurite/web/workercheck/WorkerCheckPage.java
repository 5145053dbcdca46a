package org.neurite.web.workercheck;

import org.neurite.web.dom.Numbers;
import org.neurite.engine.model.ModelFile;
import org.neurite.engine.nn.Model;
import org.neurite.engine.train.TrainingEvent;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.train.Recipe;
import org.neurite.web.dom.Dom;
import org.neurite.web.worker.Js;
import org.neurite.web.worker.MnistFetch;
import org.neurite.web.worker.ModelBytes;
import org.neurite.web.worker.WorkerClient;
import org.neurite.web.worker.WorkerDataset;
import org.neurite.web.worker.WorkerListener;
import org.neurite.web.worker.WorkerState;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.typedarrays.ArrayBuffer;

/**
 * worker-check.html: MNIST training in the training worker, driven by buttons, with every metrics event and
 * every long task of this page written into the page. A diagnostics page for people and for the browser test.
 */
public final class WorkerCheckPage implements WorkerListener {
    static final String SPEC = "input 784 | dense 128 relu init=glorot | dense 10 linear | loss softmaxCrossEntropy";
    /** More epochs than anyone waits for: the run is meant to be stopped by hand. */
    private static final int EPOCHS = 50;

    private final CheckView view = new CheckView();
    private final WorkerClient worker = WorkerClient.start();
    private final HTMLButtonElement start = button("check-start");
    private final HTMLButtonElement pause = button("check-pause");
    private final HTMLButtonElement resume = button("check-resume");
    private final HTMLButtonElement step = button("check-step");
    private final HTMLButtonElement stop = button("check-stop");
    private final HTMLButtonElement setRate = button("check-set-lr");
    private final HTMLButtonElement getModel = button("check-get-model");
    private final HTMLInputElement rate = (HTMLInputElement) Dom.byId("check-lr");
    private WorkerDataset mnist;
    private boolean workerReady;
    private boolean dataSent;

    private WorkerCheckPage() {
    }

    public static void main(String[] args) {
        WorkerCheckPage page = new WorkerCheckPage();
        page.wire();
    }

    private void wire() {
        view.target(Dom.engineTargetName());
        if (LongTaskWatch.isSupported()) {
            LongTaskWatch.start(view::longTask);
        } else {
            Dom.byId("check-longest").setTextContent("not reported by this browser");
        }
        worker.addListener(this);
        start.onClick(e -> startTraining());
        pause.onClick(e -> worker.pause());
        resume.onClick(e -> worker.resume());
        step.onClick(e -> worker.step());
        stop.onClick(e -> worker.stop());
        setRate.onClick(e -> changeRate());
        getModel.onClick(e -> worker.requestModel());
        view.status("loading", "Downloading MNIST (55 MB)…");
        MnistFetch.start(bytes -> view.status("loading", "Downloading MNIST: "
                + Numbers.fixed(100 * bytes / MnistFetch.TOTAL_BYTES, 0) + " %"), this::downloaded,
                message -> view.status("error", message));
    }

    private void downloaded(ArrayBuffer trainImages, ArrayBuffer trainLabels, ArrayBuffer testImages,
                            ArrayBuffer testLabels) {
        mnist = WorkerDataset.mnist(trainImages, trainLabels, testImages, testLabels);
        enableStart();
    }

    @Override
    public void onReady(String target) {
        workerReady = true;
        enableStart();
    }

    private void enableStart() {
        if (workerReady && mnist != null) {
            start.setDisabled(false);
            view.status("ready", "Ready: MNIST is downloaded and the worker is running. Press Start training.");
        }
    }

    private void startTraining() {
        Recipe recipe = Recipe.of(ModelSpec.parse(SPEC)).withOptimizer("sgd", 0.1f).withBatchSize(64)
                .withEpochs(EPOCHS).withSeed(1);
        // The first start moves the 55 MB to the worker; later starts reuse what it holds.
        worker.start(recipe, dataSent ? null : mnist);
        dataSent = true;
        view.mark("training-start");
        view.status("training", "Training in the worker…");
    }

    private void changeRate() {
        double value = Js.parseNumber(rate.getValue());
        if (Double.isNaN(value) || value <= 0) {
            view.status("error", "The learning rate must be a positive number, such as 0.05.");
            return;
        }
        worker.setLearningRate((float) value);
    }

    @Override
    public void onState(WorkerState state) {
        view.workerState(state);
        boolean active = state.isActive();
        start.setDisabled(active);
        pause.setDisabled(!"running".equals(state.state()));
        resume.setDisabled(!"paused".equals(state.state()));
        step.setDisabled(!active);
        stop.setDisabled(!active);
        setRate.setDisabled(!active);
        getModel.setDisabled(false);
    }

    @Override
    public void onDataset(String name, int trainSize, int testSize) {
        view.status("training", "The worker holds " + trainSize + " training and " + testSize
                + " test images; training…");
    }

    @Override
    public void onMetrics(TrainingEvent event) {
        view.metrics(event);
        TrainingEvent.Type type = event.type();
        if (type == TrainingEvent.Type.STOPPED || type == TrainingEvent.Type.DONE
                || type == TrainingEvent.Type.DIVERGED) {
            view.mark("training-end");
            view.status(type.id(), event.message());
        }
    }

    @Override
    public void onModel(ModelBytes model) {
        byte[] bytes = model.toByteArray();
        String magic = bytes.length >= 4 ? new String(new char[] {(char) bytes[0], (char) bytes[1], (char) bytes[2],
                (char) bytes[3]}) : "";
        String verdict;
        try {
            Model read = ModelFile.read(bytes);
            verdict = "This page's engine read it back: " + read.parameterCount() + " parameters, spec '"
                    + read.spec().toText() + "'.";
        } catch (RuntimeException e) {
            verdict = "This page's engine rejected it: " + e.getMessage();
        }
        view.model(bytes.length, magic, verdict);
    }

    @Override
    public void onError(String command, String message) {
        view.status("error", "The worker reported an error (" + command + "): " + message);
    }

    private static HTMLButtonElement button(String id) {
        return (HTMLButtonElement) Dom.byId(id);
    }
}
