package org.neurite.web.worker;

import org.teavm.jso.JSObject;

/**
 * The message types of the page-worker protocol and the conversion of a {@link TrainingRequest} to and from
 * its message. One place, so the page and the worker cannot spell a field differently. The whole protocol is
 * described in {@code package-info.java}.
 */
final class Protocol {
    // page -> worker
    static final String START = "start";
    static final String PAUSE = "pause";
    static final String RESUME = "resume";
    static final String STEP = "step";
    static final String STOP = "stop";
    static final String SET_LEARNING_RATE = "set-learning-rate";
    static final String GET_MODEL = "get-model";
    static final String LOAD_MODEL = "load-model";
    static final String PREDICT = "predict";
    static final String EVALUATE = "evaluate";
    static final String BENCHMARK = "benchmark";
    static final String LOAD_DATASET = "load-dataset";
    static final String PREDICT_TEST = "predict-test";
    static final String WATCH_TEST = "watch-test";

    // worker -> page
    static final String READY = "ready";
    static final String STATE = "state";
    static final String DATASET = "dataset";
    static final String METRICS = "metrics";
    static final String MODEL = "model";
    static final String PREDICTION = "prediction";
    static final String EVALUATION = "evaluation";
    static final String BENCHMARK_RESULT = "benchmark-result";
    static final String TEST_PREDICTIONS = "test-predictions";
    static final String ERROR = "error";

    private Protocol() {
    }

    /** The {@code start} message's training fields (the dataset is added by the caller). */
    static JSObject startMessage(TrainingRequest request) {
        JSObject message = Js.message(START);
        Js.putString(message, "spec", request.spec());
        Js.putString(message, "optimizer", request.optimizer());
        Js.putNumber(message, "learningRate", request.learningRate());
        Js.putNumber(message, "batchSize", request.batchSize());
        Js.putNumber(message, "epochs", request.epochs());
        Js.putNumber(message, "seed", request.seed());
        Js.putNumber(message, "l2", request.l2());
        Js.putBoolean(message, "shuffle", request.shuffle());
        Js.putNumber(message, "trainLimit", request.trainLimit());
        return message;
    }

    /** The request in a {@code start} or {@code benchmark} message; absent fields take the defaults. */
    static TrainingRequest readRequest(JSObject message) {
        String spec = Js.string(message, "spec");
        if (spec == null || spec.trim().isEmpty()) {
            throw new IllegalArgumentException("the message has no 'spec': send the model spec text, e.g. "
                    + "\"input 784 | dense 128 relu | dense 10 linear | loss softmaxCrossEntropy\"");
        }
        TrainingRequest defaults = new TrainingRequest(spec);
        String optimizer = Js.string(message, "optimizer");
        return defaults
                .withOptimizer(optimizer == null ? defaults.optimizer() : optimizer,
                        (float) Js.number(message, "learningRate", defaults.learningRate()))
                .withBatchSize(integer(message, "batchSize", defaults.batchSize()))
                .withEpochs(integer(message, "epochs", defaults.epochs()))
                .withSeed(integer(message, "seed", defaults.seed()))
                .withL2((float) Js.number(message, "l2", defaults.l2()))
                .withShuffle(Js.bool(message, "shuffle", defaults.shuffle()))
                .withTrainLimit(integer(message, "trainLimit", defaults.trainLimit()));
    }

    /** A whole number field; a fraction is an error that names the field rather than a silent rounding. */
    static int integer(JSObject message, String name, int fallback) {
        double value = Js.number(message, name, fallback);
        if (value != Math.floor(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("'" + name + "' must be a whole number, was " + value);
        }
        return (int) value;
    }
}
