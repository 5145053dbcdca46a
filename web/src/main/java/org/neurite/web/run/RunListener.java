package org.neurite.web.run;

import org.neurite.engine.train.RunState;
import org.neurite.engine.train.TrainingEvent;

/** What a {@link RunClient} reports, on the page thread, in order. */
public interface RunListener {
    /** The run's state changed ({@code samplesSeen} so far, -1 when not known). */
    void onState(RunState state, int samplesSeen);

    /** A metrics event of the run: batch events at most about 20 a second; epoch and final events always. */
    void onEvent(TrainingEvent event);

    /** The model file after an epoch, after a stop, or when asked for. */
    void onModel(byte[] modelFile);

    /** The model's outputs for every test sample after epoch {@code epoch} (10 values a sample for MNIST). */
    void onTestPredictions(int epoch, float[] probabilities);

    /**
     * Something went wrong, in words for the page; {@code runEnded} when the run will not go on (it could not
     * start, or its stream was lost).
     */
    void onError(String message, boolean runEnded);
}
