package org.neurite.engine.train;

import org.neurite.engine.optim.Hyperparameters;
import org.neurite.engine.optim.Regularization;

/** Validated settings of a training run; each setter returns a changed copy. */
public final class TrainingConfig {
    public static final int MAX_EPOCHS = 100_000;

    private final int epochs;
    private final int batchSize;
    private final int seed;
    private final boolean shuffle;
    private final Regularization regularization;
    private final float decay;
    private final int batchEventInterval;

    public TrainingConfig(int epochs, int batchSize, int seed) {
        this(epochs, batchSize, seed, true, Regularization.none(), 0f, 1);
    }

    private TrainingConfig(int epochs, int batchSize, int seed, boolean shuffle, Regularization regularization,
                           float decay, int batchEventInterval) {
        if (epochs < 1 || epochs > MAX_EPOCHS) {
            throw new IllegalArgumentException("epochs " + epochs + " must be between 1 and " + MAX_EPOCHS
                    + " (try 10)");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size " + batchSize + " must be at least 1 (try 32; 1 is "
                    + "stochastic gradient descent, the dataset size is full-batch descent)");
        }
        if (batchEventInterval < 1) {
            throw new IllegalArgumentException("batch event interval " + batchEventInterval + " must be at least 1");
        }
        this.epochs = epochs;
        this.batchSize = batchSize;
        this.seed = seed;
        this.shuffle = shuffle;
        this.regularization = regularization;
        this.decay = Hyperparameters.nonNegative("learning-rate decay", decay, "0 (none) to 0.1");
        this.batchEventInterval = batchEventInterval;
    }

    public TrainingConfig withShuffle(boolean shuffle) {
        return new TrainingConfig(epochs, batchSize, seed, shuffle, regularization, decay, batchEventInterval);
    }

    public TrainingConfig withRegularization(Regularization regularization) {
        return new TrainingConfig(epochs, batchSize, seed, shuffle, regularization, decay, batchEventInterval);
    }

    /** Inverse-time decay: the learning rate of epoch e is lr / (1 + decay * e). */
    public TrainingConfig withDecay(float decay) {
        return new TrainingConfig(epochs, batchSize, seed, shuffle, regularization, decay, batchEventInterval);
    }

    /** Emit a batch event every {@code interval} batches (1: every batch). */
    public TrainingConfig withBatchEventInterval(int interval) {
        return new TrainingConfig(epochs, batchSize, seed, shuffle, regularization, decay, interval);
    }

    public int epochs() {
        return epochs;
    }

    public int batchSize() {
        return batchSize;
    }

    public int seed() {
        return seed;
    }

    public boolean shuffle() {
        return shuffle;
    }

    public Regularization regularization() {
        return regularization;
    }

    public float decay() {
        return decay;
    }

    public int batchEventInterval() {
        return batchEventInterval;
    }
}
