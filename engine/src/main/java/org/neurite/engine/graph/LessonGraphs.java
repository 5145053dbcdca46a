package org.neurite.engine.graph;

/**
 * The worked examples of the backprop lessons, built with every node labelled as the lesson text names it.
 * Look nodes up with {@link Graph#find(String)}, edit the inputs, then {@link Graph#forward()} again.
 */
public final class LessonGraphs {
    private LessonGraphs() {
    }

    /**
     * Lesson 7: f = (x + y) z with q = x + y. At x = -2, y = 5, z = -4: q = 3, f = -12, and backward gives
     * df/dx = df/dy = z = -4 (the add gate copies the gradient) and df/dz = q = 3.
     */
    public static Graph addThenMultiply(double x, double y, double z) {
        Node q = Node.input("x", x).add(Node.input("y", y)).named("q");
        Node f = q.mul(Node.input("z", z)).named("f");
        return new Graph(f);
    }

    /**
     * Lesson 8: m = x^2, z = m^2, y = z^2, so y = x^8 and the chain rule gives
     * dy/dx = (dy/dz)(dz/dm)(dm/dx) = 2z * 2m * 2x = 8x^7.
     */
    public static Graph nestedSquares(double x) {
        Node m = Node.input("x", x).pow(2).named("m");
        Node z = m.pow(2).named("z");
        Node y = z.pow(2).named("y");
        return new Graph(y);
    }

    /**
     * Lesson 8: the chain rule through three one-neuron layers, y = act(w3 act(w2 act(w1 a))), with the
     * weighted sums labelled s1, s2, s3 and the activations h1, h2 and y. {@code activation} is SIGMOID,
     * TANH or RELU (any one-input gate works).
     */
    public static Graph threeLayerChain(Op activation, double input, double w1, double w2, double w3) {
        Node h1 = Node.input("w1", w1).mul(Node.input("a", input)).named("s1").apply(activation).named("h1");
        Node h2 = Node.input("w2", w2).mul(h1).named("s2").apply(activation).named("h2");
        Node y = Node.input("w3", w3).mul(h2).named("s3").apply(activation).named("y");
        return new Graph(y);
    }
}
