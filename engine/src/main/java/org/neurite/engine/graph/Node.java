package org.neurite.engine.graph;

/**
 * One scalar in a computation graph: an input, a constant, or a gate applied to earlier nodes.
 *
 * <p>A gate computes its value and its local gradients as soon as it is built (as micrograd's
 * {@code Value} does), so {@code x.add(y).mul(z).value()} works without a {@link Graph}. A {@link Graph}
 * re-runs the forward pass after an input changes and runs the backward pass.
 *
 * <p>Nodes are immutable in shape: a node's inputs are fixed when it is built, so a graph can never
 * contain a cycle. Only an input's value, a node's gradient and its label change.
 */
public final class Node {
    private static final Node[] NO_INPUTS = new Node[0];

    private final Op op;
    private final Node[] inputs;
    /** The constant exponent of a POW gate; 0 for every other node. */
    private final double exponent;
    /** d(this)/d(input i) at the current input values. */
    private final double[] localGradients;
    private final boolean dependsOnInput;
    private double value;
    private double gradient;
    private String label;

    private Node(Op op, Node[] inputs, double exponent, double value, String label) {
        this.op = op;
        this.inputs = inputs;
        this.exponent = exponent;
        this.localGradients = new double[inputs.length];
        this.value = value;
        this.label = label;
        boolean depends = op == Op.INPUT;
        for (Node input : inputs) {
            depends |= input.dependsOnInput;
        }
        this.dependsOnInput = depends;
        if (!op.isLeaf()) {
            evaluate();
        }
    }

    /** A variable the learner can edit, such as x in f = (x + y) z. */
    public static Node input(String name, double value) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("an input needs a name, such as \"x\", so the page can show it");
        }
        return new Node(Op.INPUT, NO_INPUTS, 0.0, value, name);
    }

    /** A fixed number, labelled with its own digits. */
    public static Node constant(double value) {
        return new Node(Op.CONSTANT, NO_INPUTS, 0.0, value, numberText(value));
    }

    /** Whole numbers without the ".0" Java adds, so the lesson shows "3", not "3.0". */
    private static String numberText(double value) {
        boolean whole = value == Math.rint(value) && Math.abs(value) < 1e9;
        return whole ? Integer.toString((int) value) : Double.toString(value);
    }

    // The builders: one per gate. The double overloads wrap the number in a constant node.

    public Node add(Node other) { return gate(Op.ADD, this, other); }
    public Node add(double other) { return add(constant(other)); }
    public Node sub(Node other) { return gate(Op.SUB, this, other); }
    public Node sub(double other) { return sub(constant(other)); }
    public Node mul(Node other) { return gate(Op.MUL, this, other); }
    public Node mul(double other) { return mul(constant(other)); }
    public Node div(Node other) { return gate(Op.DIV, this, other); }
    public Node div(double other) { return div(constant(other)); }
    public Node max(Node other) { return gate(Op.MAX, this, other); }
    public Node neg() { return apply(Op.NEG); }
    public Node sigmoid() { return apply(Op.SIGMOID); }
    public Node tanh() { return apply(Op.TANH); }
    public Node relu() { return apply(Op.RELU); }
    public Node exp() { return apply(Op.EXP); }
    public Node log() { return apply(Op.LOG); }

    /** This node raised to a constant power (micrograd's rule: exponents are numbers, not nodes). */
    public Node pow(double exponent) {
        return new Node(Op.POW, new Node[] {this}, exponent, 0.0, "");
    }

    /** Applies a one-input gate chosen at run time (NEG, SIGMOID, TANH, RELU, EXP or LOG). */
    public Node apply(Op unary) {
        if (unary.arity() != 1 || unary == Op.POW) {
            throw new IllegalArgumentException(unary + " is not a one-input gate; use "
                    + (unary == Op.POW ? "pow(exponent)" : "the two-input builder such as add or max"));
        }
        return new Node(unary, new Node[] {this}, 0.0, 0.0, "");
    }

    /** Applies a two-input gate chosen at run time (ADD, SUB, MUL, DIV or MAX). */
    public static Node apply(Op binary, Node first, Node second) {
        if (binary.arity() != 2) {
            throw new IllegalArgumentException(binary + " is not a two-input gate");
        }
        return gate(binary, first, second);
    }

    private static Node gate(Op op, Node first, Node second) {
        if (first == null || second == null) {
            throw new IllegalArgumentException("the " + op.symbol() + " gate needs two nodes, got null");
        }
        return new Node(op, new Node[] {first, second}, 0.0, 0.0, "");
    }

    /** Sets the label the lesson shows for this node (q, f, m...); returns this node for chaining. */
    public Node named(String newLabel) {
        this.label = newLabel == null ? "" : newLabel;
        return this;
    }

    /** Changes an input's value; run {@link Graph#forward()} afterwards to update the gates. */
    public void setValue(double newValue) {
        if (op != Op.INPUT) {
            throw new IllegalStateException("only an input's value can be set; '" + label + "' is a "
                    + op.symbol() + " node");
        }
        this.value = newValue;
    }

    /** Recomputes value and local gradients from the inputs' current values. */
    void evaluate() {
        double a = inputs[0].value;
        double b = op == Op.POW ? exponent : inputs.length > 1 ? inputs[1].value : 0.0;
        value = op.forward(a, b);
        for (int i = 0; i < inputs.length; i++) {
            localGradients[i] = op.localGradient(i, a, b, value);
        }
    }

    void resetGradient() {
        gradient = 0.0;
    }

    void setGradient(double newGradient) {
        gradient = newGradient;
    }

    void receiveGradient(double contribution) {
        gradient += contribution;
    }

    public Op op() { return op; }
    public double value() { return value; }
    /** d(output)/d(this node) from the last backward pass; 0 before any. */
    public double gradient() { return gradient; }
    /** The name of an input, the digits of a constant, or the label given with {@link #named}; else "". */
    public String label() { return label; }
    public int inputCount() { return inputs.length; }
    public Node input(int index) { return inputs[index]; }
    /** d(this)/d(input number {@code index}) at the current values: the gate's local gradient. */
    public double localGradient(int index) { return localGradients[index]; }
    /** The constant exponent of a POW gate (0 for other nodes). */
    public double exponent() { return exponent; }
    public boolean isInput() { return op == Op.INPUT; }
    public boolean isConstant() { return op == Op.CONSTANT; }
    public boolean isGate() { return !op.isLeaf(); }
    /** True when some input (variable) feeds this node; false for constants and gates of constants only. */
    public boolean dependsOnInput() { return dependsOnInput; }
    /** False when the value is NaN or infinite, e.g. log(0) or 1/0: the page should say so. */
    public boolean isFinite() { return Double.isFinite(value); }
    public boolean hasFiniteGradient() { return Double.isFinite(gradient); }

    @Override
    public String toString() {
        String name = label.isEmpty() ? op.symbol() : label;
        return name + " [" + op + "] value=" + value + " gradient=" + gradient;
    }
}
