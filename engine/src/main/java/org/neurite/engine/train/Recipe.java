package org.neurite.engine.train;

import org.neurite.engine.data.Dataset;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.optim.LearningRateSchedule;
import org.neurite.engine.optim.Optimizer;
import org.neurite.engine.optim.Regularization;
import org.neurite.engine.random.Rng;

/**
 * Everything that decides a training run besides its data: the model spec (dropout included), the optimizer
 * and its learning rate, the learning-rate schedule, batch size, epochs, L1/L2, seed, shuffling and a limit on
 * the training samples. Immutable and always valid: it is made by {@link RecipeForm}, which checks every
 * field, or by {@link #parse}. Its one text form ({@link #toText()}) travels in page links, the worker's start
 * message, the server's job requests and the named recipes, so a run means the same thing everywhere.
 */
public final class Recipe {
    private final ModelSpec spec;
    private final String optimizer;
    private final float learningRate;
    private final float decay;
    private final int batchSize;
    private final int epochs;
    private final float l1;
    private final float l2;
    private final int seed;
    private final boolean shuffle;
    private final int limit;
    private final LearningRateSchedule schedule;
    private final int period;

    Recipe(ModelSpec spec, String optimizer, float learningRate, float decay, int batchSize, int epochs, float l1,
           float l2, int seed, boolean shuffle, int limit, LearningRateSchedule schedule, int period) {
        this.spec = spec;
        this.optimizer = optimizer;
        this.learningRate = learningRate;
        this.decay = decay;
        this.batchSize = batchSize;
        this.epochs = epochs;
        this.l1 = l1;
        this.l2 = l2;
        this.seed = seed;
        this.shuffle = shuffle;
        this.limit = limit;
        this.schedule = schedule;
        this.period = period;
    }

    /**
     * The recipe of a text: a named recipe ("mlp"), or {@code key=value} pairs joined by '&' (see
     * {@link RecipeForm.Field}), optionally starting from a named one ({@code from=cnn&epochs=2}).
     *
     * @throws IllegalArgumentException naming every field that is wrong and what is allowed
     */
    public static Recipe parse(String text) {
        return RecipeForm.fromText(text).recipe();
    }

    /** The text form: every field, values percent-encoded, so that {@code parse(toText())} equals this. */
    public String toText() {
        return RecipeForm.of(this).toText();
    }

    /** A fresh model from the spec, seeded, and a run over {@code train}; {@code test} (may be null) is scored each epoch. */
    public TrainingRun newRun(Dataset train, Dataset test) {
        return newRun(Model.create(spec, new Rng(seed)), train, test);
    }

    /** A run that goes on training {@code model} (whose spec need not be this recipe's) with these settings. */
    public TrainingRun newRun(Model model, Dataset train, Dataset test) {
        Dataset limited = limit > 0 && limit < train.size() ? train.first(limit) : train;
        return new TrainingRun(model, newOptimizer(), this, limited, test);
    }

    public Optimizer newOptimizer() {
        return Optimizer.byId(optimizer, learningRate);
    }

    /** The weight penalty: L1 or L2 (a recipe never has both). */
    public Regularization regularization() {
        if (l1 > 0f) {
            return Regularization.l1(l1);
        }
        return l2 > 0f ? Regularization.l2(l2) : Regularization.none();
    }

    /** The learning rate of epoch {@code epoch} (from 1) when the schedule started at {@code rate} in epoch {@code from}. */
    public float scheduledRate(float rate, int from, int epoch) {
        return changesRate() ? schedule.rate(rate, epoch - from, decay, period) : rate;
    }

    /** Whether the schedule ever moves the rate away from where it started. */
    public boolean changesRate() {
        return schedule == LearningRateSchedule.COSINE || (schedule != LearningRateSchedule.NONE && decay > 0f);
    }

    public ModelSpec spec() {
        return spec;
    }

    public String optimizer() {
        return optimizer;
    }

    public float learningRate() {
        return learningRate;
    }

    /**
     * The schedule's strength: with the inverse schedule (the default) the learning rate of epoch e is
     * lr / (1 + decay * (e - 1)); 0 keeps it constant. See {@link LearningRateSchedule} for the others.
     */
    public float decay() {
        return decay;
    }

    /** How the learning rate changes from epoch to epoch. */
    public LearningRateSchedule schedule() {
        return schedule;
    }

    /** The schedule's length in epochs (step: epochs between steps; cosine: epochs per cycle). */
    public int period() {
        return period;
    }

    public int batchSize() {
        return batchSize;
    }

    public int epochs() {
        return epochs;
    }

    public float l1() {
        return l1;
    }

    public float l2() {
        return l2;
    }

    /** Seeds the initial weights, dropout and shuffling: same seed, same run. */
    public int seed() {
        return seed;
    }

    /** Whether the training samples are shuffled every epoch (false: file order, as the benchmarks do). */
    public boolean shuffle() {
        return shuffle;
    }

    /** Train on the first {@code limit} training samples only; 0 means all of them. */
    public int limit() {
        return limit;
    }

    /** The defaults (SGD at 0.1, batch 64, one epoch, seed 1, shuffled, all samples) for {@code spec}. */
    public static Recipe of(ModelSpec spec) {
        return new RecipeForm().set(RecipeForm.Field.SPEC, spec.toText()).recipe();
    }

    /** This recipe with one field changed as typed; the error says what is wrong with the value. */
    public Recipe with(RecipeForm.Field field, String text) {
        return RecipeForm.of(this).set(field, text).recipe();
    }

    public Recipe withSpec(ModelSpec value) {
        return new Recipe(value, optimizer, learningRate, decay, batchSize, epochs, l1, l2, seed, shuffle, limit, schedule,
                period);
    }

    public Recipe withOptimizer(String id, float rate) {
        return RecipeForm.of(this).set(RecipeForm.Field.OPTIMIZER, id)
                .set(RecipeForm.Field.LEARNING_RATE, Float.toString(rate)).recipe();
    }

    public Recipe withLearningRate(float value) {
        return with(RecipeForm.Field.LEARNING_RATE, Float.toString(value));
    }

    public Recipe withDecay(float value) {
        return with(RecipeForm.Field.DECAY, Float.toString(value));
    }

    /** This recipe with another schedule, its strength and period as given. */
    public Recipe withSchedule(LearningRateSchedule value, float strength, int epochs) {
        return RecipeForm.of(this).set(RecipeForm.Field.SCHEDULE, value.id())
                .set(RecipeForm.Field.DECAY, Float.toString(strength))
                .set(RecipeForm.Field.PERIOD, Integer.toString(epochs)).recipe();
    }

    public Recipe withBatchSize(int value) {
        return with(RecipeForm.Field.BATCH_SIZE, Integer.toString(value));
    }

    public Recipe withEpochs(int value) {
        return with(RecipeForm.Field.EPOCHS, Integer.toString(value));
    }

    public Recipe withL1(float value) {
        return with(RecipeForm.Field.L1, Float.toString(value));
    }

    public Recipe withL2(float value) {
        return with(RecipeForm.Field.L2, Float.toString(value));
    }

    public Recipe withSeed(int value) {
        return new Recipe(spec, optimizer, learningRate, decay, batchSize, epochs, l1, l2, value, shuffle, limit, schedule,
                period);
    }

    public Recipe withShuffle(boolean value) {
        return new Recipe(spec, optimizer, learningRate, decay, batchSize, epochs, l1, l2, seed, value, limit, schedule,
                period);
    }

    public Recipe withLimit(int value) {
        return with(RecipeForm.Field.LIMIT, Integer.toString(value));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Recipe && ((Recipe) o).toText().equals(toText());
    }

    @Override
    public int hashCode() {
        return toText().hashCode();
    }

    @Override
    public String toString() {
        return toText();
    }
}
