package org.neurite.web.playground.model;

/**
 * The output layer and loss that fit a problem and the loss picked in the menu ({@link #CROSS_ENTROPY},
 * {@link #SQUARED} or {@link #HUBER}). The cross-entropy losses apply the sigmoid or softmax themselves (fused
 * with the logarithm, stable where a separate activation saturates), so their output layer is linear and
 * {@code predict} still returns probabilities.
 */
public final class OutputRecipe {
    /** The menu's choices, as the link writes them: the problem's own loss, squared error, Huber. */
    public static final String CROSS_ENTROPY = "crossEntropy";
    public static final String SQUARED = "mse";
    public static final String HUBER = "huber";

    private final String layer;
    private final String loss;
    private final String description;

    private OutputRecipe(String layer, String loss, String description) {
        this.layer = layer;
        this.loss = loss;
        this.description = description;
    }

    /**
     * <ul>
     * <li>two classes: {@code dense 1 linear} + binary cross-entropy (sigmoid inside the loss)</li>
     * <li>K classes: {@code dense K linear} + softmax cross-entropy</li>
     * <li>classes with {@link #SQUARED}: sigmoid outputs + mean squared error, for comparison</li>
     * <li>regression: {@code dense 1 linear} + mean squared error, or Huber with {@link #HUBER}</li>
     * </ul>
     * Huber on a classification set trains with cross-entropy ({@link #unused} says why).
     */
    public static OutputRecipe of(Problem problem, int classes, String choice) {
        boolean squared = SQUARED.equals(choice);
        switch (problem) {
            case REGRESSION:
                return HUBER.equals(choice)
                        ? new OutputRecipe("dense 1 linear", "huber", "linear, Huber")
                        : new OutputRecipe("dense 1 linear", "mse", "linear, squared error");
            case BINARY:
                return squared
                        ? new OutputRecipe("dense 1 sigmoid", "mse", "sigmoid, squared error")
                        : new OutputRecipe("dense 1 linear", "binaryCrossEntropy", "sigmoid, cross-entropy");
            default:
                return squared
                        ? new OutputRecipe("dense " + classes + " sigmoid", "mse", "sigmoids, squared error")
                        : new OutputRecipe("dense " + classes + " linear", "softmaxCrossEntropy",
                                "softmax, cross-entropy");
        }
    }

    /** The menu entry that shows what {@link #of} builds for {@code choice}: a regression set knows no cross-entropy. */
    public static String shown(Problem problem, String choice) {
        if (problem == Problem.REGRESSION) {
            return HUBER.equals(choice) ? HUBER : CROSS_ENTROPY;
        }
        return HUBER.equals(choice) ? CROSS_ENTROPY : choice;
    }

    /** Why {@code choice} is not what this problem trains with, or "" when it is. */
    public static String unused(Problem problem, String choice) {
        if (problem != Problem.REGRESSION && HUBER.equals(choice)) {
            // a sigmoid's error is within 1, where Huber is only half the squared error: nothing to compare
            return "Huber loss is for the regression sets (Plane, Bumps, Your f(x1, x2)): on a class's probability"
                    + " every error is within 1, where Huber is just half the squared error. This set trains with"
                    + " cross-entropy.";
        }
        return "";
    }

    /** The spec text of the output layer and the loss, e.g. {@code dense 1 linear | loss mse}. */
    public String text() {
        return layer + " | loss " + loss;
    }

    public String lossId() {
        return loss;
    }

    /** What a person reads, short enough for a menu: "sigmoid, cross-entropy". */
    public String description() {
        return description;
    }
}
