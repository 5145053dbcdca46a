package org.neurite.web.worker;

import org.neurite.engine.train.TrainingEvent;

/**
 * What the training worker tells the page, one method per message type; implement the ones you need.
 * Every call arrives on the page thread, from the event loop, never in the middle of another.
 */
public interface WorkerListener {
    /** The worker has loaded ({@code target}: "wasm" or "js") and takes commands. */
    default void onReady(String target) {
    }

    /** A run started, paused, resumed, stepped, ended, or a model was loaded. */
    default void onState(WorkerState state) {
    }

    /** The worker decoded the dataset it was sent. */
    default void onDataset(String name, int trainSize, int testSize) {
    }

    /**
     * A metrics event of the run, the engine's own {@link TrainingEvent} (the server's SSE stream carries the
     * same schema). Batch events come at most about 20 a second; epoch, done, stopped and diverged always.
     */
    default void onMetrics(TrainingEvent event) {
    }

    /** The model file asked for with {@link WorkerClient#requestModel()}. */
    default void onModel(ModelBytes model) {
    }

    /** The answer to {@link WorkerClient#predict}: {@code outputs} values per sample, sample after sample. */
    default void onPrediction(int id, float[] probabilities) {
    }

    /** The answer to {@link WorkerClient#evaluate()}: the current model on the whole test set. */
    default void onEvaluation(float loss, float accuracy, int count) {
    }

    /** The answer to {@link WorkerClient#benchmark}. */
    default void onBenchmark(BenchmarkResult result) {
    }

    /**
     * The model's outputs for every test sample ({@code outputs} per sample, sample after sample), after epoch
     * {@code epoch} of a watched run, or -1 when asked for with {@link WorkerClient#requestTestPredictions()}.
     */
    default void onTestPredictions(int epoch, float[] probabilities, int outputs) {
    }

    /** A command failed ({@code command} is its message type, "load" when the worker could not start). */
    default void onError(String command, String message) {
    }
}
