package org.neurite.web.playground.train;

import org.neurite.engine.optim.LearningRateSchedule;
import org.neurite.engine.optim.Regularization;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.train.Recipe;
import org.neurite.engine.train.RecipeForm;
import org.neurite.web.playground.data.Seeds;
import org.neurite.web.playground.state.PlaygroundState;
import org.neurite.web.playground.state.Settings;

/** The hyperparameters of a run, read from the page state; what the engine's optimizer and config take. */
public final class TrainingSettings {
    final String optimizer;
    final float learningRate;
    final int batchSize;
    final String regularization;
    final float regularizationRate;
    final float targetLoss;
    final int seed;
    final LearningRateSchedule schedule;
    final float decay;
    final int period;

    TrainingSettings(String optimizer, float learningRate, int batchSize, String regularization,
                     float regularizationRate, float targetLoss, int seed, LearningRateSchedule schedule, float decay,
                     int period) {
        this.optimizer = optimizer;
        this.learningRate = learningRate;
        this.batchSize = batchSize;
        this.regularization = regularization;
        this.regularizationRate = regularizationRate;
        this.targetLoss = targetLoss;
        this.seed = seed;
        this.schedule = schedule;
        this.decay = decay;
        this.period = period;
    }

    public static TrainingSettings of(PlaygroundState state) {
        return new TrainingSettings(state.text(Settings.OPTIMIZER), state.decimal(Settings.LEARNING_RATE),
                state.integer(Settings.BATCH_SIZE), state.text(Settings.REGULARIZATION),
                state.decimal(Settings.REGULARIZATION_RATE), state.decimal(Settings.TARGET_LOSS),
                state.integer(Settings.SEED), LearningRateSchedule.byId(state.text(Settings.SCHEDULE)),
                state.decimal(Settings.SCHEDULE_DECAY), state.integer(Settings.SCHEDULE_PERIOD));
    }

    /**
     * The recipe of a run of {@code spec}: it runs "forever" (the engine's epoch limit); the page pauses, stops
     * at a target, or reports divergence.
     */
    Recipe recipe(ModelSpec spec) {
        Recipe recipe = Recipe.of(spec).withOptimizer(optimizer, learningRate).withBatchSize(batchSize)
                .withEpochs(RecipeForm.MAX_EPOCHS).withSeed(Seeds.training(seed)).withSchedule(schedule, decay, period);
        switch (Regularization.of(regularization, regularizationRate).kind()) {
            case L1:
                return recipe.withL1(regularizationRate);
            case L2:
                return recipe.withL2(regularizationRate);
            default:
                return recipe;
        }
    }

    /** Whether a run with these settings differs from one with {@code other} in more than the learning rate. */
    boolean needsNewRun(TrainingSettings other) {
        return !optimizer.equals(other.optimizer) || batchSize != other.batchSize
                || !regularization.equals(other.regularization) || regularizationRate != other.regularizationRate
                || seed != other.seed || schedule != other.schedule || decay != other.decay || period != other.period;
    }

    /** The target test loss, or 0 when there is none. */
    float targetLoss() {
        return targetLoss;
    }
}
