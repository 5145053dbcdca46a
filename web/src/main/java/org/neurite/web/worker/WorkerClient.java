package org.neurite.web.worker;

import org.neurite.engine.train.Recipe;
import java.util.ArrayList;
import java.util.List;
import org.neurite.web.dom.Dom;
import org.neurite.web.dom.SiteUrl;
import org.neurite.web.simd.KernelChoice;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * The page's handle on a training worker. Any page can use it:
 * <pre>
 *   WorkerClient worker = WorkerClient.start();          // same build (wasm/js) as the page
 *   worker.addListener(new WorkerListener() {
 *       public void onMetrics(TrainingEvent e) { chart.add(e.samplesSeen(), e.loss()); }
 *       public void onError(String command, String message) { banner.show(message); }
 *   });
 *   worker.start(Recipe.parse("from=mlp&epochs=3"),
 *           WorkerDataset.mnist(trainImages, trainLabels, testImages, testLabels));
 *   ... worker.pause(); worker.resume(); worker.setLearningRate(0.01f); worker.stop(); worker.requestModel();
 * </pre>
 * Commands may be sent at once: they are queued until the worker reports ready. Training never runs on the
 * page thread; the page only receives the messages (see {@link WorkerListener}).
 */
public final class WorkerClient {
    /** Where the bundle is served, from the site's root; the worker bootstrap lives beside the page loader. */
    static final String BUNDLE = "bundle/";
    /** The bundle entry point of the training worker. */
    static final String ENTRY = "trainer";

    private final DedicatedWorker worker;
    private final List<WorkerListener> listeners = new ArrayList<>();

    private WorkerClient(String target) {
        worker = DedicatedWorker.start(SiteUrl.of(BUNDLE + "worker-loader.js?entry=" + ENTRY + "&target=" + target
                + KernelChoice.workerQuery()), new Delivery());
    }

    /** Starts a worker running the same build as this page ("wasm" or "js", as the page loader chose). */
    public static WorkerClient start() {
        String target = Dom.engineTarget();
        return new WorkerClient(target.isEmpty() ? "auto" : target);
    }

    /** Starts a worker running {@code target}: "wasm", "js", or "auto" (wasm when the browser has Wasm GC). */
    public static WorkerClient start(String target) {
        return new WorkerClient(target);
    }

    public void addListener(WorkerListener listener) {
        listeners.add(listener);
    }

    /**
     * Starts a run (stopping any run in progress). {@code dataset} may be null to train on the dataset sent
     * before; sending one moves its buffers to the worker.
     */
    public void start(Recipe recipe, WorkerDataset dataset) {
        start(recipe, dataset, 1);
    }

    /**
     * As {@link #start(Recipe, WorkerDataset)}, on {@code workers} workers: this one and {@code workers - 1}
     * helpers it starts, each computing a fixed shard of every batch (1 to 8; see {@link TrainingWorkers}).
     */
    public void start(Recipe recipe, WorkerDataset dataset, int workers) {
        JSObject message = Protocol.startMessage(recipe);
        Js.putNumber(message, "workers", workers);
        worker.send(withDataset(message, dataset), dataset == null ? null : dataset.transfer());
    }

    public void pause() {
        worker.send(Js.message(Protocol.PAUSE), null);
    }

    public void resume() {
        worker.send(Js.message(Protocol.RESUME), null);
    }

    /** Trains one batch and leaves the run paused. */
    public void step() {
        worker.send(Js.message(Protocol.STEP), null);
    }

    /** Ends the run; a {@code stopped} metrics event follows. */
    public void stop() {
        worker.send(Js.message(Protocol.STOP), null);
    }

    /** Changes the learning rate from the next batch on; later metrics events carry it. */
    public void setLearningRate(float rate) {
        JSObject message = Js.message(Protocol.SET_LEARNING_RATE);
        Js.putNumber(message, "learningRate", rate);
        worker.send(message, null);
    }

    /** Asks for the current model file; it arrives in {@link WorkerListener#onModel}. Allowed while training. */
    public void requestModel() {
        worker.send(Js.message(Protocol.GET_MODEL), null);
    }

    /** Makes a model file (from {@code ModelFile.write}) the worker's model for predict and evaluate. */
    public void loadModel(byte[] modelFile) {
        ArrayBuffer buffer = Int8Array.copyFromJavaArray(modelFile).getBuffer();
        JSObject message = Js.message(Protocol.LOAD_MODEL);
        Js.putObject(message, "bytes", buffer);
        worker.send(message, one(buffer));
    }

    /** Asks for the model's outputs for {@code inputs} (one or more samples); answered by {@code onPrediction(id, ...)}. */
    public void predict(int id, float[] inputs) {
        Float32Array array = Float32Array.copyFromJavaArray(inputs);
        JSObject message = Js.message(Protocol.PREDICT);
        Js.putNumber(message, "id", id);
        Js.putObject(message, "pixels", array);
        worker.send(message, one(array.getBuffer()));
    }

    /** Scores the current model on the whole test set; answered by {@code onEvaluation}. */
    public void evaluate() {
        worker.send(Js.message(Protocol.EVALUATE), null);
    }

    /**
     * Times one uninterrupted epoch of {@code recipe} (file order, no metrics) then scores the test set;
     * answered by {@code onBenchmark}. {@code dataset} may be null to reuse the last one.
     */
    public void benchmark(String name, Recipe recipe, WorkerDataset dataset) {
        benchmark(name, recipe, dataset, 1);
    }

    /** As {@link #benchmark(String, Recipe, WorkerDataset)}, trained on {@code workers} workers. */
    public void benchmark(String name, Recipe recipe, WorkerDataset dataset, int workers) {
        JSObject message = Protocol.startMessage(recipe);
        Js.putNumber(message, "workers", workers);
        Js.putString(message, "type", Protocol.BENCHMARK);
        Js.putString(message, "name", name);
        worker.send(withDataset(message, dataset), dataset == null ? null : dataset.transfer());
    }

    /**
     * Times the first {@code samples} training samples of {@code recipe} on a fresh model, beside any model the
     * worker holds, without scoring; answered by {@code onBenchmark} under {@code name}.
     */
    public void warmUp(String name, Recipe recipe, int samples) {
        JSObject message = Protocol.startMessage(recipe.withLimit(samples).withEpochs(1));
        Js.putString(message, "type", Protocol.BENCHMARK);
        Js.putString(message, "name", name);
        Js.putBoolean(message, "score", false);
        worker.send(message, null);
    }

    /**
     * Gives the worker a dataset without starting a run (so a loaded model can be evaluated); sending it moves
     * its buffers to the worker. Later starts may pass a null dataset to use it.
     */
    public void loadDataset(WorkerDataset dataset) {
        worker.send(withDataset(Js.message(Protocol.LOAD_DATASET), dataset), dataset.transfer());
    }

    /** Asks for the current model's probabilities on every test sample; answered by {@code onTestPredictions}. */
    public void requestTestPredictions() {
        worker.send(Js.message(Protocol.PREDICT_TEST), null);
    }

    /** With {@code on}, every epoch of the runs started afterwards ends with an {@code onTestPredictions}. */
    public void watchTestPredictions(boolean on) {
        JSObject message = Js.message(Protocol.WATCH_TEST);
        Js.putBoolean(message, "on", on);
        worker.send(message, null);
    }

    /** Ends the worker at once, whatever it is doing. */
    public void terminate() {
        worker.terminate();
    }

    private static JSObject withDataset(JSObject message, WorkerDataset dataset) {
        if (dataset != null) {
            Js.putObject(message, "dataset", dataset.fields());
        }
        return message;
    }

    /** Hands the worker's messages, and its failure to load or run, to the listeners. */
    private final class Delivery implements DedicatedWorker.Listener {
        @Override
        public void onMessage(JSObject message) {
            String type = Js.string(message, "type");
            for (WorkerListener listener : listeners) {
                MessageDispatch.deliver(type, message, listener);
            }
        }

        @Override
        public void onError(String message, String place) {
            String what = (message.isEmpty() ? "the worker script did not load" : message)
                    + (place.isEmpty() ? "" : " (" + place + ")");
            for (WorkerListener listener : listeners) {
                listener.onError("load", "The training worker failed: " + what);
            }
        }
    }

    @JSBody(params = "buffer", script = "return [buffer];")
    private static native JSObject one(JSObject buffer);
}
