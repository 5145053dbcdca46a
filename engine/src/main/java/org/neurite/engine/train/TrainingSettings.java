package org.neurite.engine.train;

import org.neurite.engine.optim.Hyperparameters;
import org.neurite.engine.optim.Optimizer;

/**
 * The hyperparameters a person types into a training form, read and checked field by field: optimizer,
 * learning rate, batch size, epochs and L2 rate. Every field that is wrong gets its own message saying what
 * was typed and what is allowed, so a form can show each message beside its field; the values are usable
 * only when {@link #isValid()}.
 */
public final class TrainingSettings {
    /** The fields of the form, with the name the messages use. */
    public enum Field {
        OPTIMIZER("optimizer"), LEARNING_RATE("learning rate"), BATCH_SIZE("batch size"), EPOCHS("epochs"),
        L2("L2 rate");

        private final String title;

        Field(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** Largest batch: a batch of MNIST images is batch x 784 floats per layer buffer. */
    public static final int MAX_BATCH_SIZE = 2048;
    /** Most epochs one run may ask for (MNIST converges in 10 to 20). */
    public static final int MAX_EPOCHS = 200;

    private final String optimizer;
    private final float learningRate;
    private final int batchSize;
    private final int epochs;
    private final float l2;
    private final String[] problems = new String[Field.values().length];

    private TrainingSettings(String optimizer, String learningRate, String batchSize, String epochs, String l2) {
        this.optimizer = optimizer == null ? "" : optimizer.trim();
        checkOptimizer();
        this.learningRate = rate(Field.LEARNING_RATE, learningRate);
        this.batchSize = whole(Field.BATCH_SIZE, batchSize, MAX_BATCH_SIZE, "32");
        this.epochs = whole(Field.EPOCHS, epochs, MAX_EPOCHS, "10");
        this.l2 = l2Rate(l2);
    }

    /** Reads the five fields as typed. */
    public static TrainingSettings read(String optimizer, String learningRate, String batchSize, String epochs,
                                        String l2) {
        return new TrainingSettings(optimizer, learningRate, batchSize, epochs, l2);
    }

    private void checkOptimizer() {
        try {
            Optimizer.byId(optimizer, 0.01f);
        } catch (IllegalArgumentException e) {
            problems[Field.OPTIMIZER.ordinal()] = e.getMessage();
        }
    }

    private float rate(Field field, String text) {
        float value = number(field, text, "0.001");
        if (Float.isNaN(value)) {
            return value;
        }
        try {
            return Hyperparameters.learningRate(value);
        } catch (IllegalArgumentException e) {
            problems[field.ordinal()] = e.getMessage();
            return Float.NaN;
        }
    }

    private float l2Rate(String text) {
        float value = number(Field.L2, text, "0.0001");
        if (!Float.isNaN(value) && !(value >= 0f && value < 1f)) {
            problems[Field.L2.ordinal()] = "L2 rate " + value + " must be at least 0 and below 1 (0 turns it off;"
                    + " typical: 0.0001 to 0.001)";
            return Float.NaN;
        }
        return value;
    }

    private float number(Field field, String text, String example) {
        String t = text == null ? "" : text.trim();
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

    private int whole(Field field, String text, int max, String example) {
        String t = text == null ? "" : text.trim();
        int value;
        try {
            value = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            problems[field.ordinal()] = field.title() + " '" + t + "' is not a whole number; write one such as "
                    + example;
            return -1;
        }
        if (value < 1 || value > max) {
            problems[field.ordinal()] = field.title() + " " + value + " must be between 1 and " + max
                    + " (try " + example + ")";
            return -1;
        }
        return value;
    }

    /** Whether every field is usable. */
    public boolean isValid() {
        for (String p : problems) {
            if (p != null) {
                return false;
            }
        }
        return true;
    }

    /** What is wrong with {@code field}, or null when it is fine. */
    public String problem(Field field) {
        return problems[field.ordinal()];
    }

    /** The first problem in form order, or null. */
    public String firstProblem() {
        for (String p : problems) {
            if (p != null) {
                return p;
            }
        }
        return null;
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

    public float l2() {
        return l2;
    }
}
