package org.neurite.web.run;

import org.neurite.engine.train.Recipe;

/**
 * A training run as a page drives it, wherever it trains: in this browser's worker ({@link WorkerRunClient}) or
 * as a job on the server ({@link ServerRunClient}). Both report the engine's own {@code TrainingEvent}s and
 * {@code RunState}s, so a page that shows one shows the other without knowing which it is. After every epoch, and
 * when a run is stopped, the listener gets the model file and the model's predictions for the test set.
 */
public interface RunClient {
    void addListener(RunListener listener);

    /** Starts a run of {@code recipe}, named {@code title} ("MLP"); messages of an earlier run are dropped. */
    void start(Recipe recipe, String title);

    /** Ends the run; a {@code stopped} event follows (and its model). */
    void stop();

    /** Whether {@link #pause()} and {@link #resume()} do anything for runs of this client. */
    boolean supportsPause();

    void pause();

    void resume();

    /** Whether {@link #setLearningRate} changes a run while it trains. */
    boolean supportsLearningRate();

    void setLearningRate(float rate);

    /** Asks for the run's current model file, delivered to {@link RunListener#onModel}. */
    void requestModel();

    /** Stops following the run (a model loaded from a file replaced it): nothing more of it is reported. */
    void detach();

    /** Where the run trains, for the page's status line: "in a background worker", "on the server (job ab12…)". */
    String where();
}
