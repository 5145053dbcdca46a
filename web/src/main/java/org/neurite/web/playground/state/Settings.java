package org.neurite.web.playground.state;

import org.neurite.engine.data.Generators2D;
import org.neurite.engine.data.TypedFunctions2D;
import org.neurite.engine.data.InputFeatures;
import org.neurite.engine.nn.Activation;
import org.neurite.engine.optim.Hyperparameters;
import org.neurite.engine.random.Rng;
import org.neurite.engine.train.RecipeForm;
import org.neurite.web.dom.ListText;
import org.neurite.web.dom.Property;
import org.neurite.web.dom.ValueText;

/**
 * The Playground's settings, as one declarative table (as TensorFlow Playground's {@code state.ts}): name,
 * default, what is allowed. The page state is one value per row; the URL hash carries every row, so a link
 * reproduces the exact setup, seed and data included. Numbers the engine validates (learning rate,
 * regularization rate) are checked by the engine, so the page and the engine never disagree.
 */
public final class Settings {
    public static final int MAX_LAYERS = 8;
    public static final int MAX_NEURONS = 16;
    /** Points someone may add by clicking; beyond this a link would grow unwieldy. */
    public static final int MAX_ADDED_POINTS = 500;
    public static final int MAX_BATCH = 1200;

    public static final Property DATASET = Property.choice("dataset", "dataset", "circle",
            "circle", "xor", "gaussian", "spiral", "multiclass", "moons", "checkerboard", "rings", "heart", "boundary",
            "plane", "multigaussian", "function", "csv");
    /** The formulas used when the link names none: empty stays out of the link. */
    public static final String DEFAULT_BOUNDARY = "x2 > sin(3 * x1)";
    public static final String DEFAULT_FUNCTION = "sin(x1) * cos(x2)";
    public static final Property BOUNDARY = Property.text("boundary", "typed boundary", "",
            text -> text.trim().isEmpty() ? null
                    : engineProblem(() -> TypedFunctions2D.boundary(text, 200, 0f, new Rng(1)))).optional();
    public static final Property FUNCTION = Property.text("function", "typed function", "",
            text -> text.trim().isEmpty() ? null
                    : engineProblem(() -> TypedFunctions2D.function(text, 200, 0f, new Rng(1)))).optional();
    public static final Property CLASSES = Property.integer("classes", "classes", 3,
            Generators2D.MIN_CLASSES, Generators2D.MAX_CLASSES);
    public static final Property NOISE = Property.integer("noise", "noise", 0, 0, 50);
    public static final Property TRAIN_SHARE = Property.integer("trainShare", "training share", 50, 10, 90);
    public static final Property SEED = Property.integer("seed", "seed", 1, 0, 999_999_999);
    public static final Property FEATURES = Property.text("features", "input features", "x1,x2",
            Settings::featuresProblem);
    public static final Property LAYERS = Property.text("layers", "hidden layers", "4,2", Settings::layersProblem);
    public static final Property ACTIVATIONS = Property.text("activations", "activations", "tanh,tanh",
            Settings::activationsProblem);
    /** The problem's own loss, squared error, or Huber (regression sets only; see OutputRecipe). */
    public static final Property LOSS = Property.choice("loss", "loss", "crossEntropy", "crossEntropy", "mse",
            "huber");
    public static final Property LEARNING_RATE = Property.decimal("learningRate", "learning rate", "0.03",
            text -> engineProblem(() -> Hyperparameters.learningRate(ValueText.decimal(text))));
    public static final Property BATCH_SIZE = Property.integer("batchSize", "batch size", 10, 1, MAX_BATCH);
    public static final Property OPTIMIZER = Property.choice("optimizer", "optimizer", "sgd",
            "sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam");
    public static final Property REGULARIZATION = Property.choice("regularization", "regularization", "none",
            "none", "l1", "l2");
    public static final Property REGULARIZATION_RATE = Property.decimal("regularizationRate",
            "regularization rate", "0.001", text -> engineProblem(() -> Hyperparameters.nonNegative(
                    "regularization rate", ValueText.decimal(text), "0.0001 to 0.01")));
    public static final Property TARGET_LOSS = Property.decimal("targetLoss", "target test loss", "0",
            text -> ValueText.decimal(text) >= 0f ? null
                    : "a target test loss cannot be negative; use 0 to train without a target, or e.g. 0.05");
    public static final Property SCHEDULE = Property.choice("schedule", "learning-rate schedule", "none",
            "none", "step", "exponential", "cosine");
    public static final Property SCHEDULE_DECAY = Property.decimal("decay", "schedule decay", "0.5",
            text -> new RecipeForm().set(RecipeForm.Field.DECAY, text).problem(RecipeForm.Field.DECAY));
    public static final Property SCHEDULE_PERIOD = Property.integer("period", "schedule period", 50, 1,
            RecipeForm.MAX_EPOCHS);
    public static final Property SHOW_TEST = Property.flag("showTest", "show test data", false);
    public static final Property DISCRETIZE = Property.flag("discretize", "discretize output", false);
    public static final Property POINTS = Property.text("points", "added points", "", PointList::problem)
            .optional();
    public static final Property REMOVED = Property.text("removed", "removed points", "", Settings::removedProblem)
            .optional();
    public static final Property HIDE = Property.text("hide", "hidden controls", "",
            text -> controlsProblem(text, "hidden")).optional();
    /** Controls shown but disabled: an instructor's fixed part of an exercise. */
    public static final Property LOCK = Property.text("lock", "locked controls", "",
            text -> controlsProblem(text, "locked")).optional();

    /** Every setting, in the order the URL hash lists them. */
    static final Property[] ALL = {DATASET, CLASSES, NOISE, TRAIN_SHARE, SEED, FEATURES, LAYERS, ACTIVATIONS,
        LOSS, LEARNING_RATE, BATCH_SIZE, OPTIMIZER, REGULARIZATION, REGULARIZATION_RATE, TARGET_LOSS, SHOW_TEST,
        DISCRETIZE, SCHEDULE, SCHEDULE_DECAY, SCHEDULE_PERIOD, BOUNDARY, FUNCTION, POINTS, REMOVED, HIDE, LOCK};

    /**
     * What {@code hide=} and {@code lock=} may name: every setting, plus the controls that are not settings (the play bar,
     * the point editor, CSV upload, exports, sharing, the inspector, the loss plot, the typed formula).
     */
    public static final String[] HIDEABLE_EXTRAS = {"playback", "editPoints", "upload", "export", "share",
        "inspector", "lossPlot", "formula"};

    private Settings() {
    }

    /** The setting called {@code name}, or null. */
    public static Property byName(String name) {
        for (Property p : ALL) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** Every setting, in table order. */
    public static Property[] all() {
        return ALL.clone();
    }

    private static String featuresProblem(String text) {
        return engineProblem(() -> InputFeatures.parse(text));
    }

    private static String layersProblem(String text) {
        String[] sizes = ListText.items(text, ',');
        if (sizes.length > MAX_LAYERS) {
            return sizes.length + " hidden layers is too many; use 0 to " + MAX_LAYERS;
        }
        for (String size : sizes) {
            String problem = ValueText.integerProblem(size, 1, MAX_NEURONS);
            if (problem != null) {
                return "neurons per layer: " + problem + " (a layer needs at least 1 neuron)";
            }
        }
        return null;
    }

    private static String activationsProblem(String text) {
        for (String id : ListText.items(text, ',')) {
            String problem = engineProblem(() -> Activation.byId(id));
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String removedProblem(String text) {
        for (String index : ListText.items(text, ',')) {
            String problem = ValueText.integerProblem(index, 0, MAX_BATCH - 1);
            if (problem != null) {
                return "removed point: " + problem;
            }
        }
        return null;
    }

    private static String controlsProblem(String text, String how) {
        for (String name : ListText.items(text, ',')) {
            if (byName(name) == null && !isExtra(name)) {
                return "'" + name + "' is not a control that can be " + how + "; use setting names such as noise,"
                        + " learningRate or " + String.join(", ", HIDEABLE_EXTRAS);
            }
        }
        return null;
    }

    private static boolean isExtra(String name) {
        for (String extra : HIDEABLE_EXTRAS) {
            if (extra.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Runs an engine check; its exception message is the problem, word for word. */
    private static String engineProblem(Runnable check) {
        try {
            check.run();
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
