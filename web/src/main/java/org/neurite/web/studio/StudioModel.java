package org.neurite.web.studio;

import java.util.Arrays;
import java.util.List;
import org.neurite.engine.model.ModelFile;
import org.neurite.engine.model.ModelFormatException;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.train.ConfusionMatrix;
import org.neurite.engine.train.Recipe;
import org.neurite.web.dom.Numbers;
import org.neurite.web.dom.Property;

/**
 * What the Studio holds and how it changes, without a page: the setup (always a valid recipe, and the link that
 * reproduces it), what is typed wrong right now, whether the data has arrived, the current model and its
 * test-set scores. The widgets show it and report what the person did; the worker or the server trains; the
 * engine does the maths. Tested on the JVM like the Playground.
 */
final class StudioModel {
    /** MNIST's digits are 784 pixels and 10 classes: a model for anything else is refused. */
    static final int INPUTS = 784;
    static final int CLASSES = 10;

    private StudioState setup;
    private List<String> linkWarnings;
    /** What is wrong with each typed recipe field (by {@link StudioSettings#RECIPE_ROWS} index), or null. */
    private final String[] typedProblems = new String[StudioSettings.RECIPE_ROWS.length];
    /** Whether the custom model on screen cannot be built. */
    private boolean modelBroken;
    private int trainSize = -1;
    private int[] testLabels;
    private Model model;
    private byte[] modelFile;
    private String modelTitle = "";
    private ConfusionMatrix matrix;
    private float[] probabilities;
    private int pickedActual = -1;
    private int pickedGuess = -1;
    /** A model file loaded before the data: it is scored once the data arrives. */
    private byte[] waitingForData;

    private StudioModel(StudioState.Loaded loaded) {
        setup = loaded.state;
        linkWarnings = loaded.warnings;
    }

    /** The page as a link describes it. */
    static StudioModel fromHash(String hash) {
        return new StudioModel(StudioState.fromHash(hash));
    }

    /** A pasted link or the back button: the setup of {@code hash}, what was typed wrong forgotten. */
    void followLink(String hash) {
        StudioState.Loaded loaded = StudioState.fromHash(hash);
        setup = loaded.state;
        linkWarnings = loaded.warnings;
        Arrays.fill(typedProblems, null);
        modelBroken = false;
    }

    StudioState setup() {
        return setup;
    }

    /** What the last link asked for and could not have, each with the reason. */
    List<String> linkWarnings() {
        return linkWarnings;
    }

    /** The hash of a link to the setup: what was typed wrong is not in it (the last good value is). */
    String hash() {
        return setup.toHash();
    }

    // ---- the setup ------------------------------------------------------------------------------------------

    /** A preset chosen by hand: its model and its whole recipe. */
    void presetPicked(String id) {
        setup.usePreset(id);
        Arrays.fill(typedProblems, null);
        modelBroken = false;
    }

    /** The custom model as edited; null while it cannot be built (the editor says why). */
    void modelEdited(ModelSpec spec) {
        modelBroken = spec == null;
        if (spec != null) {
            setup.useCustomModel(spec);
        }
    }

    /** A recipe field as typed: kept when the engine takes it; otherwise its problem, until it is fixed. */
    String typed(Property row, String text) {
        int i = StudioSettings.recipeIndex(row);
        typedProblems[i] = setup.set(row, text);
        return typedProblems[i];
    }

    /** What is wrong with the field as typed, or null. */
    String problem(Property row) {
        return typedProblems[StudioSettings.recipeIndex(row)];
    }

    void placeChosen(boolean server) {
        setup.put(StudioSettings.ON, server ? StudioSettings.SERVER : StudioSettings.BROWSER);
    }

    /** The person chose how many workers train in this browser ("auto" or a count). */
    void workersChosen(String value) {
        setup.put(StudioSettings.WORKERS, value);
    }

    /** Whether the setup on screen can train: the data is here, the model builds, every field is usable. */
    boolean canTrain() {
        return hasData() && setupUsable();
    }

    /** Whether the model builds and every typed field is usable (the data aside). */
    boolean setupUsable() {
        if (modelBroken) {
            return false;
        }
        for (String problem : typedProblems) {
            if (problem != null) {
                return false;
            }
        }
        return true;
    }

    Recipe recipe() {
        return setup.recipe();
    }

    // ---- the data -------------------------------------------------------------------------------------------

    /** The data has arrived; returns a model file loaded before it, to be scored now, or null. */
    byte[] dataArrived(int trainSamples, int[] labels) {
        trainSize = trainSamples;
        testLabels = labels;
        byte[] waiting = waitingForData;
        waitingForData = null;
        return waiting;
    }

    boolean hasData() {
        return testLabels != null;
    }

    int trainSize() {
        return trainSize;
    }

    // ---- the model ------------------------------------------------------------------------------------------

    /** A model that training produced becomes the current one (its epoch's scores come beside it, in any order). */
    void trained(byte[] file, String title) {
        use(ModelFile.read(file), file, title);
    }

    /**
     * A model file from disk or from the server, {@code name} saying where it came from: it becomes the current
     * model if it is an MNIST model; otherwise the message says why not and the current model stays.
     */
    Loaded load(String name, String title, byte[] bytes, boolean runWasActive) {
        Model read;
        try {
            read = ModelFile.read(bytes);
        } catch (ModelFormatException | IllegalArgumentException e) {
            return Loaded.refused("'" + name + "' is not a model this page can use: " + e.getMessage()
                    + ". The current model stays.");
        }
        if (read.inputSize() != INPUTS || read.outputSize() != CLASSES) {
            return Loaded.refused("'" + name + "' is a model for other data: it takes " + read.inputSize()
                    + " inputs and gives " + read.outputSize() + " outputs, but MNIST digits are " + INPUTS
                    + " pixels and " + CLASSES + " classes. The current model stays.");
        }
        use(read, bytes, title);
        // the scores on screen are another model's: none until this one is scored
        matrix = null;
        probabilities = null;
        if (!hasData()) {
            waitingForData = bytes;
            return new Loaded(read, "Loaded " + name + "; it will be scored once the data has arrived.", false);
        }
        return new Loaded(read, "Loaded " + name + " (" + Numbers.grouped(read.parameterCount()) + " parameters)"
                + (runWasActive ? "; the training run was stopped" : "") + ". Scoring it on the "
                + Numbers.grouped(testLabels.length) + " test digits…", true);
    }

    private void use(Model read, byte[] file, String title) {
        model = read;
        modelFile = file;
        modelTitle = title;
    }

    Model model() {
        return model;
    }

    byte[] modelFile() {
        return modelFile;
    }

    String modelTitle() {
        return modelTitle;
    }

    // ---- scores ---------------------------------------------------------------------------------------------

    /**
     * The current model's outputs on the test set, after epoch {@code epoch} of a run or (-1) for a loaded model;
     * returns the confusion matrix's caption. Ignored before the data (there are no labels to score against).
     */
    String scored(int epoch, float[] outputs) {
        if (!hasData()) {
            return null;
        }
        probabilities = outputs;
        matrix = ConfusionMatrix.of(outputs, CLASSES, testLabels);
        return epoch < 0 ? "This model" : "After epoch " + epoch;
    }

    /** The message that follows a loaded model's "Scoring it…". */
    String scoredMessage() {
        return "Model loaded: test accuracy " + Numbers.percent(accuracy(), 2) + " on the "
                + Numbers.grouped(matrix.total()) + " test digits.";
    }

    /** The current model's test accuracy, NaN until it is scored. */
    double accuracy() {
        return matrix == null ? Double.NaN : matrix.accuracy();
    }

    ConfusionMatrix matrix() {
        return matrix;
    }

    float[] probabilities() {
        return probabilities;
    }

    /** The test digits the model gets most wrong, surest mistakes first. */
    int[] mistakes(int limit) {
        return matrix == null ? new int[0] : matrix.worstMistakes(limit);
    }

    /** A cell of the confusion matrix picked: its digits and title; null before any scores. */
    Cell pick(int actual, int guess) {
        if (matrix == null) {
            return null;
        }
        pickedActual = actual;
        pickedGuess = guess;
        return picked();
    }

    /** The picked cell with the newest scores, or null when none is picked. */
    Cell picked() {
        if (matrix == null || pickedActual < 0) {
            return null;
        }
        int[] samples = matrix.samples(pickedActual, pickedGuess);
        String title = (pickedActual == pickedGuess ? "Test digits " + pickedActual + " read correctly"
                : "Test digits " + pickedActual + " read as " + pickedGuess) + ": " + Numbers.grouped(samples.length);
        return new Cell(pickedActual, pickedGuess, samples, title);
    }

    /** A picked cell of the confusion matrix. */
    static final class Cell {
        final int actual;
        final int guess;
        final int[] samples;
        final String title;

        Cell(int actual, int guess, int[] samples, String title) {
            this.actual = actual;
            this.guess = guess;
            this.samples = samples;
            this.title = title;
        }

        boolean mistakes() {
            return actual != guess;
        }
    }

    /** What loading a model file came to: the model and a message, or only the message why not. */
    static final class Loaded {
        final Model model;
        final String message;
        /** Whether the model is to be scored now (the data is here). */
        final boolean scoreNow;

        Loaded(Model model, String message, boolean scoreNow) {
            this.model = model;
            this.message = message;
            this.scoreNow = scoreNow;
        }

        static Loaded refused(String message) {
            return new Loaded(null, message, false);
        }

        boolean ok() {
            return model != null;
        }
    }
}
