package org.neurite.web.lessons;

import org.neurite.engine.nn.Activation;

/** How the lessons name the activation functions in text. */
final class Activations {
    private Activations() {
    }

    /** The function's symbol as written in a formula: σ, tanh, ReLU, leaky ReLU, or nothing for linear. */
    static String symbol(Activation activation) {
        switch (activation) {
            case SIGMOID: return "σ";
            case TANH: return "tanh";
            case RELU: return "ReLU";
            case LEAKY_RELU: return "leakyReLU";
            case STEP: return "step";
            default: return "identity";
        }
    }
}
