package org.neurite.engine.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Compares a graph's backward pass with central finite differences of its forward pass. */
final class GradientCheck {
    static final double STEP = 1e-6;
    static final double TOLERANCE = 1e-6;

    private GradientCheck() {
    }

    /**
     * Runs backward at the inputs' current values, then for each input compares the gradient with
     * (f(v + h) - f(v - h)) / 2h. Leaves the graph at the original values with the analytic gradients.
     */
    static void assertGradientsMatch(Graph graph, String context) {
        List<Node> inputs = graph.inputs();
        graph.forward();
        graph.backward();
        double[] analytic = new double[inputs.size()];
        for (int i = 0; i < analytic.length; i++) {
            analytic[i] = inputs.get(i).gradient();
        }
        for (int i = 0; i < analytic.length; i++) {
            Node input = inputs.get(i);
            double numeric = centralDifference(graph, input);
            assertClose(numeric, analytic[i], context + ": d/d" + input.label());
        }
        graph.forward();
        graph.backward();
    }

    static double centralDifference(Graph graph, Node input) {
        double original = input.value();
        input.setValue(original + STEP);
        graph.forward();
        double above = graph.output().value();
        input.setValue(original - STEP);
        graph.forward();
        double below = graph.output().value();
        input.setValue(original);
        graph.forward();
        return (above - below) / (2 * STEP);
    }

    /** |expected - actual| within TOLERANCE relative to the larger magnitude (absolute below 1). */
    static void assertClose(double expected, double actual, String message) {
        double scale = Math.max(1.0, Math.max(Math.abs(expected), Math.abs(actual)));
        assertTrue(Double.isFinite(expected) && Double.isFinite(actual)
                        && Math.abs(expected - actual) <= TOLERANCE * scale,
                message + ": expected " + expected + " but got " + actual);
    }
}
