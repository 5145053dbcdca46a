package org.neurite.engine.train;

import java.util.ArrayList;
import java.util.List;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.loss.Loss;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.Param;
import org.neurite.engine.optim.Optimizer;
import org.neurite.engine.optim.Regularization;
import org.neurite.engine.random.Rng;

/**
 * A steppable training run: {@link #step()} trains one batch and returns, so the caller decides when to
 * yield (the browser worker to its event loop, the server thread to nothing). Listeners receive the
 * metrics events; a non-finite loss ends the run with a {@code diverged} event that says what to try.
 */
public final class TrainingRun {
    private final Model model;
    private final Optimizer optimizer;
    private final Recipe recipe;
    private final Dataset train;
    private final Dataset test;
    private final Loss loss;
    private final Param[] params;
    private final Regularization regularization;
    private final Rng rng;
    private final int[] order;
    private final int width;
    private final float[] x;
    private final float[] t;
    private final float[] grad;
    private final float[] prediction;
    private final Evaluation.Evaluator evaluator;
    private final List<TrainingListener> listeners = new ArrayList<>();
    /** The learning-rate schedule starts from this rate in epoch {@link #scheduleFrom}; a typed rate restarts it. */
    private float scheduleRate;
    private int scheduleFrom = 1;

    /** Most shards a batch is split into. */
    public static final int MAX_SHARDS = ShardedStep.MAX_SHARDS;

    private RunState state = RunState.RUNNING;
    /** How a sharded run computes a batch; null when it trains on one model. */
    private ShardedStep sharded;
    private int epoch = 1;
    private int batchInEpoch;
    private int position;
    private int samplesSeen;
    private final EpochTally tally = new EpochTally();
    private float lastLoss = Float.NaN;
    private Evaluation lastTest;
    private float[] testPredictions;

    /**
     * Usually made by {@link Recipe#newRun}; lessons that tune an optimizer beyond the recipe's fields (a
     * momentum, a beta) pass it here, and it replaces the recipe's optimizer and learning rate.
     *
     * @param test evaluated at the end of every epoch; may be null
     */
    public TrainingRun(Model model, Optimizer optimizer, Recipe recipe, Dataset train, Dataset test) {
        DataFit.check(model, train);
        if (test != null) {
            DataFit.check(model, test);
        }
        this.model = model;
        this.optimizer = optimizer;
        this.recipe = recipe;
        this.train = train;
        this.test = test;
        this.loss = model.loss();
        this.params = model.params();
        this.regularization = recipe.regularization();
        this.rng = new Rng(recipe.seed());
        this.order = Dataset.identityOrder(train.size());
        this.width = model.outputSize();
        int batch = Math.min(recipe.batchSize(), train.size());
        this.x = new float[batch * model.inputSize()];
        this.t = new float[batch * width];
        this.grad = new float[batch * width];
        this.prediction = new float[batch * width];
        this.evaluator = new Evaluation.Evaluator(model, Math.max(batch, 256));
        this.scheduleRate = optimizer.learningRate();
        startEpoch();
    }

    /**
     * Trains each batch as {@code shardCount} shards on model replicas, run by {@code parallel} (threads on the
     * server). Deterministic for a given shard count; 1 keeps the single-model path. Call before the first step.
     */
    public void shard(int shardCount, Shards.Parallel parallel) {
        ShardedStep.checkCount(shardCount);
        if (samplesSeen > 0) {
            throw new IllegalStateException("a run is sharded before its first batch, not after " + samplesSeen
                    + " samples");
        }
        sharded = shardCount == 1 ? null : new ShardedStep(this, x, t, new Shards(model, shardCount,
                x.length / model.inputSize(), recipe.seed(), train.isClassification(), parallel));
    }

    /** The shard count batches are split into (1: the whole batch on one model). */
    public int shardCount() {
        return sharded == null ? 1 : sharded.shards().count();
    }

    public void addListener(TrainingListener listener) {
        listeners.add(listener);
    }

    /** Trains one batch; returns whether the run goes on. */
    public boolean step() {
        if (sharded == null) {
            return stepOnModel();
        }
        if (!sharded.begin()) {
            return false;
        }
        sharded.computeAll();
        return sharded.finish();
    }

    /** A step on the model alone: forward, loss, backward. */
    private boolean stepOnModel() {
        int count = nextBatch();
        if (count == 0) {
            return false;
        }
        float[] out = model.forward(x, count, true);
        float batchLoss = loss.compute(out, t, count, width, grad);
        if (!isUsable(batchLoss)) {
            diverge(batchLoss);
            return false;
        }
        int correct = 0;
        if (train.isClassification()) {
            loss.toPrediction(out, prediction, count, width);
            correct = Loss.countCorrect(prediction, t, count, width);
        }
        model.backward(grad, count);
        return update(count, batchLoss, correct);
    }

    /**
     * The first phase of a sharded step, for hosts that compute shards elsewhere and cannot wait for them (a
     * browser worker and its helpers): takes the next batch and cuts it into {@link #shards()}; false when the
     * run is not running. Then every active shard is computed ({@link Shards#compute} here, or elsewhere and
     * handed back with {@link Shards#accept}), and {@link #finishShardedStep} ends the step exactly as
     * {@link #step} would have.
     */
    public boolean beginShardedStep() {
        if (sharded == null) {
            throw new IllegalStateException("the run is not sharded: call shard(n, ...) with n > 1 first");
        }
        return sharded.begin();
    }

    /**
     * Sums the shards of the step begun by {@link #beginShardedStep} and applies it; returns whether the run goes
     * on. A run stopped meanwhile drops the step.
     */
    public boolean finishShardedStep() {
        return sharded != null && sharded.finish();
    }

    /** The shards a sharded run's batches are cut into, or null when it trains on one model. */
    public Shards shards() {
        return sharded == null ? null : sharded.shards();
    }

    /** Copies the next batch into x and t; its size, or 0 when the run is not running. */
    int nextBatch() {
        if (state != RunState.RUNNING) {
            return 0;
        }
        tally.batchStarts();
        int count = Math.min(recipe.batchSize(), train.size() - position);
        train.copyFeatures(order, position, count, x);
        train.copyTargets(order, position, count, t, width);
        return count;
    }

    /**
     * Ends a batch of {@code count} samples whose gradient is in the model (computed elsewhere, by the shards):
     * a non-finite loss ends the run, else the optimizer steps. Returns whether the run goes on.
     */
    boolean endBatch(int count, float batchLoss, int correct) {
        if (!isUsable(batchLoss)) {
            diverge(batchLoss);
            return false;
        }
        return update(count, batchLoss, correct);
    }

    /** The optimizer step and the bookkeeping of a batch whose gradient is in the model. */
    private boolean update(int count, float batchLoss, int correct) {
        regularization.addGradients(params);
        optimizer.step(params);
        if (sharded != null) {
            sharded.syncReplicas();
        }
        position += count;
        batchInEpoch++;
        samplesSeen += count;
        tally.add(count, batchLoss, correct);
        lastLoss = batchLoss;
        emit(TrainingEvent.Type.BATCH, batchLoss, trainAccuracy(), Float.NaN, Float.NaN, null);
        if (position >= train.size()) {
            endEpoch();
        }
        return state == RunState.RUNNING;
    }

    private static boolean isUsable(float value) {
        return !Float.isNaN(value) && !Float.isInfinite(value) && value < 1e12f;
    }

    private void endEpoch() {
        float meanLoss = tally.meanLoss();
        float testLoss = Float.NaN;
        float testAccuracy = Float.NaN;
        if (test != null) {
            lastTest = evaluator.evaluate(test, testPredictions);
            testLoss = lastTest.loss();
            testAccuracy = lastTest.accuracy();
        }
        emit(TrainingEvent.Type.EPOCH, meanLoss, trainAccuracy(), testLoss, testAccuracy, null);
        if (epoch >= recipe.epochs()) {
            state = RunState.DONE;
            emit(TrainingEvent.Type.DONE, meanLoss, trainAccuracy(), testLoss, testAccuracy,
                    "Training finished after " + epoch + (epoch == 1 ? " epoch." : " epochs."));
            return;
        }
        epoch++;
        startEpoch();
    }

    private void startEpoch() {
        position = 0;
        batchInEpoch = 0;
        tally.restart();
        if (recipe.shuffle()) {
            rng.shuffle(order);
        }
        if (recipe.changesRate()) {
            optimizer.setLearningRate(recipe.scheduledRate(scheduleRate, scheduleFrom, epoch));
        }
    }

    private void diverge(float badLoss) {
        state = RunState.DIVERGED;
        String message = Divergence.explain(badLoss, epoch, batchInEpoch + 1, optimizer.learningRate());
        emit(TrainingEvent.Type.DIVERGED, badLoss, Float.NaN, Float.NaN, Float.NaN, message);
    }

    /** Ends the run early; a {@code stopped} event is emitted once. */
    public void stop() {
        if (state != RunState.RUNNING) {
            return;
        }
        state = RunState.STOPPED;
        emit(TrainingEvent.Type.STOPPED, lastLoss, Float.NaN, Float.NaN, Float.NaN,
                "Training stopped at epoch " + epoch + ", batch " + batchInEpoch + ".");
    }

    /** Changes the learning rate from the next batch on; the schedule restarts from it in this epoch. */
    public void setLearningRate(float learningRate) {
        optimizer.setLearningRate(learningRate);
        scheduleRate = learningRate;
        scheduleFrom = epoch;
    }

    private float trainAccuracy() {
        return tally.accuracy(train.isClassification());
    }

    private void emit(TrainingEvent.Type type, float lossValue, float accuracy, float testLoss, float testAccuracy,
                      String message) {
        if (listeners.isEmpty()) {
            return;
        }
        TrainingEvent event = new TrainingEvent(type, epoch, batchInEpoch, samplesSeen, lossValue, accuracy,
                testLoss, testAccuracy, tally.samplesPerSecond(), optimizer.learningRate(), message);
        for (TrainingListener listener : listeners) {
            listener.onEvent(event);
        }
    }

    public RunState state() {
        return state;
    }

    public boolean isRunning() {
        return state == RunState.RUNNING;
    }

    /** The current epoch, counted from 1. */
    public int epoch() {
        return epoch;
    }

    /** Batches done in the current epoch. */
    public int batchInEpoch() {
        return batchInEpoch;
    }

    /** Batches per epoch. */
    public int batchesPerEpoch() {
        return (train.size() + recipe.batchSize() - 1) / recipe.batchSize();
    }

    public int samplesSeen() {
        return samplesSeen;
    }

    /** Loss of the last trained batch. */
    public float lastLoss() {
        return lastLoss;
    }

    /**
     * From now on, the test scoring at the end of every epoch also keeps the model's prediction for every test
     * sample, so that a confusion matrix needs no second pass over the test set. Does nothing without a test set.
     */
    public void keepTestPredictions() {
        if (test != null && testPredictions == null) {
            testPredictions = new float[test.size() * width];
        }
    }

    /**
     * The predictions [test size x outputs] behind {@link #lastTest()} (probabilities, or the regression outputs),
     * when {@link #keepTestPredictions()} was called before the epoch ended; else null. Overwritten every epoch.
     */
    public float[] lastTestPredictions() {
        return lastTest == null ? null : testPredictions;
    }

    /** Test metrics of the last finished epoch, or null. */
    public Evaluation lastTest() {
        return lastTest;
    }

    public Model model() {
        return model;
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    public Recipe recipe() {
        return recipe;
    }

    /** The samples it trains on (the recipe's sample limit applied). */
    public Dataset train() {
        return train;
    }

    /** The samples scored at each epoch's end, or null. */
    public Dataset test() {
        return test;
    }
}
