package org.neurite.engine.lessons;

import org.neurite.engine.graph.Graph;
import org.neurite.engine.graph.Node;

/**
 * The numerical derivative the lessons check backpropagation against:
 * df/dx ~ (f(x + h) - f(x - h)) / 2h, with h scaled to the size of x. Its error shrinks like h^2, so it
 * agrees with the exact gradient to many digits wherever f is smooth.
 */
public final class CentralDifference {
    /** h = STEP x max(1, |x|): small enough for accuracy, large enough that rounding does not swamp it. */
    public static final double STEP = 1e-5;

    private CentralDifference() {
    }

    /**
     * d(output)/d({@code input}) by central difference. The graph is re-evaluated at the nudged values and
     * left at the original ones, forward pass done; run {@link Graph#backward()} afterwards if needed (a
     * forward pass clears the gradients of the last backward pass).
     */
    public static double of(Graph graph, Node input) {
        if (!input.isInput()) {
            throw new IllegalArgumentException("'" + input.label() + "' is not an input; the derivative is taken "
                    + "with respect to an input the learner can change");
        }
        double original = input.value();
        double h = STEP * Math.max(1, Math.abs(original));
        input.setValue(original + h);
        graph.forward();
        double plus = graph.output().value();
        input.setValue(original - h);
        graph.forward();
        double minus = graph.output().value();
        input.setValue(original);
        graph.forward();
        return (plus - minus) / (2 * h);
    }
}
