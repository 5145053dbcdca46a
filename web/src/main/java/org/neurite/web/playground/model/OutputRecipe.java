package org.neurite.web.playground.model;

/**
 * The output layer and loss that fit a problem. The cross-entropy losses apply the sigmoid or softmax
 * themselves (fused with the logarithm, stable where a separate activation saturates), so their output
 * layer is linear and {@code predict} still returns probabilities.
 */
public final class OutputRecipe {
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
     * <li>regression: {@code dense 1 linear} + mean squared error</li>
     * <li>classes with {@code meanSquared}: sigmoid outputs + mean squared error, for comparison</li>
     * </ul>
     */
    public static OutputRecipe of(Problem problem, int classes, boolean meanSquared) {
        switch (problem) {
            case REGRESSION:
                return new OutputRecipe("dense 1 linear", "mse", "linear, squared error");
            case BINARY:
                return meanSquared
                        ? new OutputRecipe("dense 1 sigmoid", "mse", "sigmoid, squared error")
                        : new OutputRecipe("dense 1 linear", "binaryCrossEntropy", "sigmoid, cross-entropy");
            default:
                return meanSquared
                        ? new OutputRecipe("dense " + classes + " sigmoid", "mse", "sigmoids, squared error")
                        : new OutputRecipe("dense " + classes + " linear", "softmaxCrossEntropy",
                                "softmax, cross-entropy");
        }
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
