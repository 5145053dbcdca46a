package org.neurite.engine.train;

/** Receives the metrics events of a {@link TrainingRun}. */
public interface TrainingListener {
    void onEvent(TrainingEvent event);
}
