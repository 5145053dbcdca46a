package org.neurite.web.worker;

import org.neurite.engine.data.Dataset;
import org.neurite.engine.model.ModelFile;
import org.neurite.engine.nn.Model;
import org.neurite.engine.train.Evaluation;
import org.neurite.engine.train.Recipe;
import org.neurite.web.simd.KernelChoice;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * The training worker's entry point (bundle entry {@code trainer}, started by {@link WorkerClient} through
 * {@code /bundle/worker-loader.js}). It answers the messages of the protocol in {@code package-info.java};
 * anything that goes wrong is sent back as an {@code error} message that names the command.
 */
public final class TrainingWorker {
    private static final int EVALUATION_BATCH = 256;

    private WorkerData data;
    private TrainingSession session;
    private Model loadedModel;
    private final TestPredictions testPredictions = new TestPredictions();
    /** Started on the first run with more than one worker. */
    private final HelperPool helpers = new HelperPool();
    /** This worker's answers when another training worker made it a helper. */
    private final ShardHelper shardHelper = new ShardHelper();

    private TrainingWorker() {
    }

    public static void main(String[] args) {
        KernelChoice.install();
        TrainingWorker worker = new TrainingWorker();
        WorkerScope.onMessage(worker::handle);
        JSObject ready = Js.message(Protocol.READY);
        Js.putString(ready, "target", WorkerScope.target());
        WorkerScope.post(ready);
    }

    private void handle(JSObject message) {
        String type = Js.string(message, "type");
        try {
            dispatch(type == null ? "" : type, message);
        } catch (Throwable e) {
            // Every failure reaches the page with the command it belongs to; the worker keeps serving.
            JSObject error = Js.message(Protocol.ERROR);
            Js.putString(error, "command", type);
            Js.putString(error, "message", e.getMessage() != null ? e.getMessage() : e.toString());
            WorkerScope.post(error);
        }
    }

    private void dispatch(String type, JSObject message) {
        switch (type) {
            case Protocol.START -> start(message);
            case Protocol.PAUSE -> requireSession(type).host().pause();
            case Protocol.RESUME -> requireSession(type).resume();
            case Protocol.STEP -> requireSession(type).step();
            case Protocol.STOP -> requireSession(type).stop();
            case Protocol.SET_LEARNING_RATE -> requireSession(type).host().setLearningRate(learningRate(message));
            case Protocol.GET_MODEL -> postModel();
            case Protocol.LOAD_MODEL -> loadModel(message);
            case Protocol.PREDICT -> predict(message);
            case Protocol.EVALUATE -> evaluate();
            case Protocol.BENCHMARK -> benchmark(message);
            case Protocol.LOAD_DATASET -> acceptDataset(message);
            case Protocol.WATCH_TEST -> testPredictions.watch(Js.bool(message, "on", true));
            case Protocol.PREDICT_TEST -> TestPredictions.post(requireModel(type), requireTestSet(type), -1);
            case Protocol.SHARD_INIT -> shardHelper.init(message);
            case Protocol.SHARD_STEP -> shardHelper.step(message);
            case Protocol.SHARD_END -> shardHelper.end(message);
            default -> throw new IllegalArgumentException("unknown message type '" + type + "' (the worker "
                    + "understands start, pause, resume, step, stop, set-learning-rate, get-model, load-model, "
                    + "predict, evaluate, benchmark, load-dataset, predict-test, watch-test)");
        }
    }

    private void start(JSObject message) {
        Recipe recipe = Protocol.readRecipe(message);
        int workers = Protocol.workers(message);
        acceptDataset(message);
        if (session != null) {
            session.stop();
        }
        session = new TrainingSession(recipe.newRun(data.train(), data.test()), workers, helpers);
        testPredictions.attach(session.run(), data.test());
        loadedModel = null;
        session.start();
    }

    /** A message's {@code dataset} replaces the worker's; without one, the last dataset sent is used again. */
    private void acceptDataset(JSObject message) {
        if (Js.has(message, "dataset")) {
            data = WorkerData.decode(Js.object(message, "dataset"));
            WorkerScope.post(data.describe());
        } else if (data == null) {
            throw new IllegalArgumentException("no dataset yet: the first start or benchmark message must carry "
                    + "a 'dataset' (later ones may leave it out to reuse it)");
        }
    }

    private TrainingSession requireSession(String command) {
        if (session == null) {
            throw new IllegalStateException("'" + command + "' needs a training run: send 'start' first");
        }
        return session;
    }

    private static float learningRate(JSObject message) {
        double rate = Js.number(message, "learningRate", Double.NaN);
        if (Double.isNaN(rate)) {
            throw new IllegalArgumentException("set-learning-rate needs a number 'learningRate', e.g. 0.01");
        }
        return (float) rate;
    }

    private Model requireModel(String what) {
        if (session != null) {
            return session.run().model();
        }
        if (loadedModel != null) {
            return loadedModel;
        }
        throw new IllegalStateException(what + " needs a model: start training or send 'load-model' first");
    }

    private void postModel() {
        Model model = requireModel("get-model");
        byte[] bytes = ModelFile.write(model);
        JSObject reply = Js.message(Protocol.MODEL);
        Int8Array array = Int8Array.copyFromJavaArray(bytes);
        Js.putObject(reply, "bytes", array.getBuffer());
        Js.putString(reply, "spec", model.spec().toText());
        Js.putNumber(reply, "parameterCount", model.parameterCount());
        WorkerScope.postTransferring(reply, array.getBuffer());
    }

    private void loadModel(JSObject message) {
        Model model = ModelFile.read(TypedArrays.requireBytes(message, "bytes"));
        if (session != null) {
            session.stop();
            session = null;
        }
        loadedModel = model;
        JSObject reply = Js.message(Protocol.STATE);
        Js.putString(reply, "state", "loaded");
        Js.putString(reply, "spec", model.spec().toText());
        WorkerScope.post(reply);
    }

    private void predict(JSObject message) {
        Model model = requireModel("predict");
        float[] pixels = TypedArrays.requireFloats(message, "pixels");
        int inputs = model.inputSize();
        if (pixels.length == 0 || pixels.length % inputs != 0) {
            throw new IllegalArgumentException("'pixels' has " + pixels.length + " values; the model takes "
                    + inputs + " per sample, so send a multiple of " + inputs);
        }
        int count = pixels.length / inputs;
        float[] probabilities = model.predict(pixels, count);
        Float32Array out = Float32Array.copyFromJavaArray(java.util.Arrays.copyOf(probabilities,
                count * model.outputSize()));
        JSObject reply = Js.message(Protocol.PREDICTION);
        Js.putNumber(reply, "id", Js.number(message, "id", 0));
        Js.putObject(reply, "probabilities", out);
        WorkerScope.postTransferring(reply, out.getBuffer());
    }

    private Dataset requireTestSet(String command) {
        if (data == null || data.test() == null) {
            throw new IllegalStateException(command + " needs a test set: send a dataset with test samples "
                    + "(load-dataset or start)");
        }
        return data.test();
    }

    private void evaluate() {
        Model model = requireModel("evaluate");
        if (data == null || data.test() == null) {
            throw new IllegalStateException("evaluate needs a test set: send a dataset with test samples");
        }
        Evaluation result = Evaluation.of(model, data.test(), EVALUATION_BATCH);
        JSObject reply = Js.message(Protocol.EVALUATION);
        Js.putNumber(reply, "loss", result.loss());
        Js.putNumber(reply, "accuracy", result.accuracy());
        Js.putNumber(reply, "count", data.test().size());
        WorkerScope.post(reply);
    }

    private void benchmark(JSObject message) {
        Recipe recipe = Protocol.readRecipe(message);
        acceptDataset(message);
        String name = Js.string(message, "name");
        Benchmark.start(name == null ? "benchmark" : name, recipe, data, Js.bool(message, "score", true),
                Protocol.workers(message), helpers);
    }
}
