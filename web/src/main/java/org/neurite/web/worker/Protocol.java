package org.neurite.web.worker;

import org.neurite.engine.train.Recipe;
import org.teavm.jso.JSObject;

/**
 * The message types of the page-worker protocol and the conversion of a {@link Recipe} to and from
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

    // training worker -> its helper workers, and back (see HelperPool)
    static final String SHARD_INIT = "shard-init";
    static final String SHARD_STEP = "shard-step";
    static final String SHARD_END = "shard-end";
    static final String SHARD_RESULT = "shard-result";

    /** Most workers a run trains on (the training worker and its helpers). */
    static final int MAX_WORKERS = TrainingWorkers.MAX;

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

    /** The {@code start} message: the recipe in its text form (the dataset is added by the caller). */
    static JSObject startMessage(Recipe recipe) {
        JSObject message = Js.message(START);
        Js.putString(message, "recipe", recipe.toText());
        return message;
    }

    /** The recipe of a {@code start} or {@code benchmark} message; the engine's message names a bad field. */
    static Recipe readRecipe(JSObject message) {
        String text = Js.string(message, "recipe");
        if (text == null || text.trim().isEmpty()) {
            throw new IllegalArgumentException("the message has no 'recipe': send a recipe's text form, e.g. "
                    + "\"from=mlp&epochs=1\" or a named recipe such as \"mlp\"");
        }
        return Recipe.parse(text);
    }

    /** The {@code workers} of a {@code start} or {@code benchmark} message: 1 (the default) to {@link #MAX_WORKERS}. */
    static int workers(JSObject message) {
        int workers = integer(message, "workers", 1);
        if (workers < 1 || workers > MAX_WORKERS) {
            throw new IllegalArgumentException("'workers' must be between 1 and " + MAX_WORKERS + ", was " + workers);
        }
        return workers;
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
