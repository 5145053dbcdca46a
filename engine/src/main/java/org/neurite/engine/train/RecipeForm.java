package org.neurite.engine.train;

import java.util.ArrayList;
import java.util.List;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.optim.Hyperparameters;
import org.neurite.engine.optim.LearningRateSchedule;
import org.neurite.engine.optim.Optimizer;

/**
 * A recipe as typed: one text per field, each checked the moment it is set, with a message beside every field
 * that is wrong (what was typed and what is allowed). The one validator of training settings: the Studio's
 * form, page links, the worker's start message and the server's job requests all pass through here, so they
 * accept and refuse the same things with the same words. {@link #recipe()} gives the {@link Recipe} once every
 * field is usable.
 */
public final class RecipeForm {
    /** The fields, with their key in the text form and the name messages use. */
    public enum Field {
        OPTIMIZER("optimizer", "optimizer", "sgd"), LEARNING_RATE("lr", "learning rate", "0.1"),
        DECAY("decay", "learning-rate decay", "0"), BATCH_SIZE("batch", "batch size", "64"),
        EPOCHS("epochs", "epochs", "1"), L1("l1", "L1 rate", "0"), L2("l2", "L2 rate", "0"),
        SEED("seed", "seed", "1"), SHUFFLE("shuffle", "shuffle", "true"), LIMIT("limit", "sample limit", "0"),
        // inverse by default: texts written before there was a choice mean what they always meant
        SCHEDULE("schedule", "learning-rate schedule", "inverse"), PERIOD("period", "schedule period", "10"),
        SPEC("spec", "model spec", "");

        private final String key;
        private final String title;
        private final String fallback;

        Field(String key, String title, String fallback) {
            this.key = key;
            this.title = title;
            this.fallback = fallback;
        }

        /** The field's name in the text form. */
        public String key() {
            return key;
        }

        public String title() {
            return title;
        }

        /** The field whose key is {@code key}, or null. */
        public static Field byKey(String key) {
            for (Field f : values()) {
                if (f.key.equals(key)) {
                    return f;
                }
            }
            return null;
        }
    }

    /** Largest batch: a batch of MNIST images is batch x 784 floats per layer buffer. */
    public static final int MAX_BATCH_SIZE = 2048;
    /** Most epochs a recipe may ask for; the Playground's open-ended runs use all of them. */
    public static final int MAX_EPOCHS = 100_000;
    /** Largest learning-rate decay: at 100 the second epoch already trains at 1% of the rate. */
    public static final float MAX_DECAY = 100f;

    private final String[] texts = new String[Field.values().length];
    private final String[] problems = new String[Field.values().length];
    private final List<String> otherProblems = new ArrayList<>();
    private ModelSpec spec;
    private float learningRate;
    private float decay;
    private int batchSize;
    private int epochs;
    private float l1;
    private float l2;
    private int seed;
    private boolean shuffle;
    private int limit;
    private LearningRateSchedule schedule;
    private int period;

    /** A form holding the defaults: SGD at 0.1, batch 64, one epoch, seed 1, shuffled, all samples, no spec yet. */
    public RecipeForm() {
        for (Field f : Field.values()) {
            set(f, f.fallback);
        }
    }

    /** The form of an existing recipe (every field valid). */
    public static RecipeForm of(Recipe recipe) {
        RecipeForm form = new RecipeForm();
        form.set(Field.SPEC, recipe.spec().toText()).set(Field.OPTIMIZER, recipe.optimizer())
                .set(Field.LEARNING_RATE, Float.toString(recipe.learningRate()))
                .set(Field.DECAY, Float.toString(recipe.decay()))
                .set(Field.BATCH_SIZE, Integer.toString(recipe.batchSize()))
                .set(Field.EPOCHS, Integer.toString(recipe.epochs()))
                .set(Field.L1, Float.toString(recipe.l1())).set(Field.L2, Float.toString(recipe.l2()))
                .set(Field.SEED, Integer.toString(recipe.seed()))
                .set(Field.SHUFFLE, Boolean.toString(recipe.shuffle()))
                .set(Field.LIMIT, Integer.toString(recipe.limit()))
                .set(Field.SCHEDULE, recipe.schedule().id()).set(Field.PERIOD, Integer.toString(recipe.period()));
        return form;
    }

    /**
     * The form of a text: a named recipe's id alone ("cnn"), or {@code key=value} pairs joined by '&', values
     * percent-encoded ('+' is a space). A {@code from=<name>} pair starts from that named recipe; the other
     * pairs change it. Unknown and repeated keys are problems of the form, not silently ignored.
     */
    public static RecipeForm fromText(String text) {
        String body = text == null ? "" : text.trim();
        if (body.startsWith("#") || body.startsWith("?")) {
            body = body.substring(1);
        }
        if (!body.isEmpty() && body.indexOf('=') < 0 && body.indexOf('&') < 0) {
            return fromNamed(body);
        }
        String[] pairs = body.isEmpty() ? new String[0] : body.split("&");
        RecipeForm form = new RecipeForm();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq > 0 && "from".equals(pair.substring(0, eq))) {
                form = fromNamed(PercentEncoding.decode(pair.substring(eq + 1)));
            }
        }
        boolean[] given = new boolean[Field.values().length];
        for (String pair : pairs) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : PercentEncoding.decode(pair.substring(eq + 1));
            Field field = Field.byKey(key);
            if ("from".equals(key)) {
                continue;
            }
            if (field == null) {
                form.otherProblems.add("unknown recipe field '" + key + "' (allowed: from, " + keys() + ")");
            } else if (given[field.ordinal()]) {
                form.otherProblems.add("recipe field '" + key + "' is given twice; give it once");
            } else {
                given[field.ordinal()] = true;
                form.set(field, value);
            }
        }
        return form;
    }

    private static RecipeForm fromNamed(String name) {
        NamedRecipe named = NamedRecipe.find(name);
        if (named == null) {
            RecipeForm form = new RecipeForm();
            form.problems[Field.SPEC.ordinal()] = null; // the missing name is the one problem worth saying
            form.otherProblems.add("unknown recipe '" + name + "' (named recipes: " + NamedRecipe.ids() + ")");
            return form;
        }
        return of(named.recipe());
    }

    private static String keys() {
        StringBuilder sb = new StringBuilder();
        for (Field f : Field.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(f.key);
        }
        return sb.toString();
    }

    /** Sets one field as typed and checks it at once; returns this form. */
    public RecipeForm set(Field field, String text) {
        String t = text == null ? "" : text.trim();
        texts[field.ordinal()] = t;
        problems[field.ordinal()] = null;
        switch (field) {
            case SPEC -> spec = readSpec(t);
            case OPTIMIZER -> checkOptimizer(t);
            case LEARNING_RATE -> learningRate = rate(t);
            case DECAY -> decay = bounded(field, t, "0.2", 0f, MAX_DECAY, "0 keeps the rate; typical: 0.1 to 0.5");
            case SCHEDULE -> schedule = readSchedule(t);
            case PERIOD -> period = whole(field, t, 1, MAX_EPOCHS, "10");
            case BATCH_SIZE -> batchSize = whole(field, t, 1, MAX_BATCH_SIZE, "32");
            case EPOCHS -> epochs = whole(field, t, 1, MAX_EPOCHS, "10");
            case L1 -> l1 = penalty(field, t);
            case L2 -> l2 = penalty(field, t);
            case SEED -> seed = whole(field, t, Integer.MIN_VALUE, Integer.MAX_VALUE, "1");
            case SHUFFLE -> shuffle = flag(field, t);
            case LIMIT -> limit = whole(field, t, 0, Integer.MAX_VALUE, "0 (all samples) or 10000");
            default -> throw new IllegalStateException("no check for " + field);
        }
        return this;
    }

    private ModelSpec readSpec(String t) {
        if (t.isEmpty()) {
            problems[Field.SPEC.ordinal()] = "the recipe has no model spec; give one such as \"input 784 | dense 128"
                    + " relu | dense 10 linear | loss softmaxCrossEntropy\", or start from a named recipe ("
                    + NamedRecipe.ids() + ")";
            return null;
        }
        try {
            return ModelSpec.parse(t);
        } catch (IllegalArgumentException e) {
            problems[Field.SPEC.ordinal()] = e.getMessage();
            return null;
        }
    }

    private LearningRateSchedule readSchedule(String t) {
        try {
            return LearningRateSchedule.byId(t);
        } catch (IllegalArgumentException e) {
            problems[Field.SCHEDULE.ordinal()] = e.getMessage();
            return null;
        }
    }

    private void checkOptimizer(String t) {
        try {
            Optimizer.byId(t, 0.01f);
        } catch (IllegalArgumentException e) {
            problems[Field.OPTIMIZER.ordinal()] = e.getMessage();
        }
    }

    private float rate(String t) {
        float value = number(Field.LEARNING_RATE, t, "0.001");
        if (Float.isNaN(value)) {
            return value;
        }
        try {
            return Hyperparameters.learningRate(value);
        } catch (IllegalArgumentException e) {
            problems[Field.LEARNING_RATE.ordinal()] = e.getMessage();
            return Float.NaN;
        }
    }

    private float penalty(Field field, String t) {
        float value = number(field, t, "0.0001");
        if (!Float.isNaN(value) && !(value >= 0f && value < 1f)) {
            problems[field.ordinal()] = field.title() + " " + value + " must be at least 0 and below 1 (0 turns it "
                    + "off; typical: 0.0001 to 0.001)";
            return Float.NaN;
        }
        return value;
    }

    private float bounded(Field field, String t, String example, float min, float max, String typical) {
        float value = number(field, t, example);
        if (!Float.isNaN(value) && !(value >= min && value <= max)) {
            problems[field.ordinal()] = field.title() + " " + value + " must be between " + min + " and " + max
                    + " (" + typical + ")";
            return Float.NaN;
        }
        return value;
    }

    private float number(Field field, String t, String example) {
        try {
            float value = Float.parseFloat(t);
            if (!Float.isNaN(value) && !Float.isInfinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with what was typed
        }
        problems[field.ordinal()] = field.title() + " '" + t + "' is not a number; write one such as " + example;
        return Float.NaN;
    }

    private int whole(Field field, String t, int min, int max, String example) {
        int value;
        try {
            value = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            problems[field.ordinal()] = field.title() + " '" + t + "' is not a whole number; write one such as "
                    + example;
            return -1;
        }
        if (value < min || value > max) {
            problems[field.ordinal()] = field.title() + " " + value + " must be between " + min + " and " + max
                    + " (try " + example + ")";
            return -1;
        }
        return value;
    }

    private boolean flag(Field field, String t) {
        switch (t.toLowerCase()) {
            case "true", "1", "yes", "on" -> {
                return true;
            }
            case "false", "0", "no", "off" -> {
                return false;
            }
            default -> {
                problems[field.ordinal()] = field.title() + " '" + t + "' must be true or false";
                return false;
            }
        }
    }

    /** The text of {@code field} as last set. */
    public String text(Field field) {
        return texts[field.ordinal()];
    }

    /** What is wrong with {@code field}, or null when it is fine. */
    public String problem(Field field) {
        if (field == Field.L1 && problems[field.ordinal()] == null && bothPenalties()) {
            return "give an L1 rate or an L2 rate, not both: set one of them to 0";
        }
        return problems[field.ordinal()];
    }

    private boolean bothPenalties() {
        return problems[Field.L2.ordinal()] == null && l1 > 0f && l2 > 0f;
    }

    /** Every problem: the form's own (unknown or repeated keys) first, then the fields' in form order. */
    public List<String> problems() {
        List<String> all = new ArrayList<>(otherProblems);
        for (Field f : Field.values()) {
            String p = problem(f);
            if (p != null) {
                all.add(p);
            }
        }
        return all;
    }

    public boolean isValid() {
        return problems().isEmpty();
    }

    /** The first problem, or null. */
    public String firstProblem() {
        List<String> all = problems();
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * The recipe of this form.
     *
     * @throws IllegalArgumentException listing every problem, when a field is not usable
     */
    public Recipe recipe() {
        List<String> all = problems();
        if (!all.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", all));
        }
        return new Recipe(spec, text(Field.OPTIMIZER), learningRate, decay, batchSize, epochs, l1, l2, seed, shuffle,
                limit, schedule, period);
    }

    /** The text form of the fields as typed: {@code optimizer=adam&lr=0.001&...&spec=...} (spec last, it is long). */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        for (Field f : Field.values()) {
            sb.append(sb.length() == 0 ? "" : "&").append(f.key).append('=')
                    .append(PercentEncoding.encode(texts[f.ordinal()]));
        }
        return sb.toString();
    }
}
