package org.neurite.web.worker;

import org.neurite.engine.data.Dataset;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.optim.Optimizer;
import org.neurite.engine.optim.Regularization;
import org.neurite.engine.random.Rng;
import org.neurite.engine.train.TrainingConfig;
import org.neurite.engine.train.TrainingRun;

/**
 * What a {@code start} message asks the worker to train: the model spec and the hyperparameters. Immutable;
 * each {@code with...} returns a changed copy. Values are checked by the engine when the run is built, so a
 * bad value comes back from the worker as an {@code error} message that names it.
 */
public final class TrainingRequest {
    private final String spec;
    private final String optimizer;
    private final float learningRate;
    private final int batchSize;
    private final int epochs;
    private final int seed;
    private final float l2;
    private final boolean shuffle;
    private final int trainLimit;

    /** SGD at 0.1, batch 64, one epoch, seed 1, no L2, shuffled every epoch, every training sample. */
    public TrainingRequest(String spec) {
        this(spec, "sgd", 0.1f, 64, 1, 1, 0f, true, 0);
    }

    private TrainingRequest(String spec, String optimizer, float learningRate, int batchSize, int epochs, int seed,
                            float l2, boolean shuffle, int trainLimit) {
        this.spec = spec;
        this.optimizer = optimizer;
        this.learningRate = learningRate;
        this.batchSize = batchSize;
        this.epochs = epochs;
        this.seed = seed;
        this.l2 = l2;
        this.shuffle = shuffle;
        this.trainLimit = trainLimit;
    }

    /** Optimizer id ({@code sgd, momentum, nesterov, adagrad, rmsprop, adam}) and its learning rate. */
    public TrainingRequest withOptimizer(String id, float rate) {
        return new TrainingRequest(spec, id, rate, batchSize, epochs, seed, l2, shuffle, trainLimit);
    }

    public TrainingRequest withBatchSize(int size) {
        return new TrainingRequest(spec, optimizer, learningRate, size, epochs, seed, l2, shuffle, trainLimit);
    }

    public TrainingRequest withEpochs(int count) {
        return new TrainingRequest(spec, optimizer, learningRate, batchSize, count, seed, l2, shuffle, trainLimit);
    }

    /** Seeds the initial weights and the shuffling: same seed, same run. */
    public TrainingRequest withSeed(int value) {
        return new TrainingRequest(spec, optimizer, learningRate, batchSize, epochs, value, l2, shuffle, trainLimit);
    }

    /** L2 weight penalty rate (0: none). */
    public TrainingRequest withL2(float rate) {
        return new TrainingRequest(spec, optimizer, learningRate, batchSize, epochs, seed, rate, shuffle, trainLimit);
    }

    /** Whether the training samples are shuffled every epoch (false: file order, as the benchmarks do). */
    public TrainingRequest withShuffle(boolean value) {
        return new TrainingRequest(spec, optimizer, learningRate, batchSize, epochs, seed, l2, value, trainLimit);
    }

    /** Train on the first {@code count} training samples only (0: all of them). */
    public TrainingRequest withTrainLimit(int count) {
        return new TrainingRequest(spec, optimizer, learningRate, batchSize, epochs, seed, l2, shuffle, count);
    }

    public String spec() {
        return spec;
    }

    public String optimizer() {
        return optimizer;
    }

    public float learningRate() {
        return learningRate;
    }

    public int batchSize() {
        return batchSize;
    }

    public int epochs() {
        return epochs;
    }

    public int seed() {
        return seed;
    }

    public float l2() {
        return l2;
    }

    public boolean shuffle() {
        return shuffle;
    }

    public int trainLimit() {
        return trainLimit;
    }

    /** A fresh model from the spec and a run over {@code train}; {@code test} (may be null) is scored each epoch. */
    public TrainingRun newRun(Dataset train, Dataset test) {
        Model model = Model.create(ModelSpec.parse(spec), new Rng(seed));
        TrainingConfig config = new TrainingConfig(epochs, batchSize, seed).withShuffle(shuffle)
                .withRegularization(l2 != 0f ? Regularization.l2(l2) : Regularization.none());
        return new TrainingRun(model, Optimizer.byId(optimizer, learningRate), config, train, test);
    }
}
