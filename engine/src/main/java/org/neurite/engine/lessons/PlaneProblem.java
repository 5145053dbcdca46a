package org.neurite.engine.lessons;

import org.neurite.engine.data.Dataset;
import org.neurite.engine.data.Generators2D;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.optim.Optimizer;
import org.neurite.engine.random.Rng;
import org.neurite.engine.train.Evaluation;
import org.neurite.engine.train.Recipe;
import org.neurite.engine.train.TrainingRun;

/**
 * A small network learning one of the 2D datasets, half the points for training and half for testing,
 * stepped one batch at a time: the live demos of lessons 3, 9 and 10. The same seed gives the same data,
 * the same initial weights and the same run.
 */
public final class PlaneProblem {
    /** Points generated; half train, half test. */
    public static final int SAMPLES = 200;
    public static final int BATCH_SIZE = 10;
    /** Far more than any demo runs: the page decides when to stop. */
    static final int EPOCHS = 10_000;

    private final Dataset train;
    private final Dataset test;
    private final Model model;
    private final TrainingRun run;

    /**
     * @param dataset one of {@link Generators2D#NAMES} with two classes (circle, xor, gaussian, spiral, plane
     *                is regression and would need an MSE model)
     */
    public PlaneProblem(String dataset, float noise, ModelSpec spec, String optimizerId, float learningRate,
                        int seed) {
        Dataset all = Generators2D.byName(dataset, SAMPLES, noise, new Rng(seed));
        Dataset.Split split = all.split(0.5f, new Rng(seed + 1));
        this.train = split.train;
        this.test = split.test;
        this.model = Model.create(spec, new Rng(seed));
        Optimizer optimizer = Optimizer.byId(optimizerId, learningRate);
        this.run = new TrainingRun(model, optimizer, Recipe.of(spec).withEpochs(EPOCHS).withBatchSize(BATCH_SIZE).withSeed(seed), train, test);
    }

    /** Trains one batch; false once the run has ended (diverged, or the very long epoch limit). */
    public boolean step() {
        return run.step();
    }

    /** Loss and accuracy on the held-out half, with the current weights. */
    public Evaluation evaluateTest() {
        return Evaluation.of(model, test, test.size());
    }

    /** Loss and accuracy on the training half, with the current weights. */
    public Evaluation evaluateTrain() {
        return Evaluation.of(model, train, train.size());
    }

    public Model model() {
        return model;
    }

    public TrainingRun run() {
        return run;
    }

    public Dataset train() {
        return train;
    }

    public Dataset test() {
        return test;
    }
}
