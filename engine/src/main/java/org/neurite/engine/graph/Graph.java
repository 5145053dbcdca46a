package org.neurite.engine.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything one output depends on, in forward (topological) order: inputs before the gates that use
 * them. {@link #forward()} re-evaluates the gates after inputs change; {@link #backward()} is one reverse
 * walk that fills every node's gradient of the output and records each gate's step for the lesson page.
 *
 * <p>For a gradient of another node, build a graph on that node: {@code new Graph(q).backward()}. Graphs
 * that share nodes share their gradients, so the last backward pass run wins.
 */
public final class Graph {
    private final Node output;
    private final List<Node> nodes;
    private final List<Node> gates;
    private final List<Node> inputs;
    private List<BackwardStep> lastBackwardSteps = Collections.emptyList();

    public Graph(Node output) {
        if (output == null) {
            throw new IllegalArgumentException("a graph needs an output node, got null");
        }
        this.output = output;
        List<Node> order = topologicalOrder(output);
        List<Node> gateList = new ArrayList<>();
        List<Node> inputList = new ArrayList<>();
        for (Node node : order) {
            if (node.isGate()) {
                gateList.add(node);
            } else if (node.isInput()) {
                inputList.add(node);
            }
        }
        this.nodes = Collections.unmodifiableList(order);
        this.gates = Collections.unmodifiableList(gateList);
        this.inputs = Collections.unmodifiableList(inputList);
    }

    /**
     * Depth-first post-order: a node is listed once all of its inputs are. Iterative rather than recursive
     * so a long typed expression cannot overflow the (small, in the browser) call stack.
     */
    private static List<Node> topologicalOrder(Node output) {
        List<Node> order = new ArrayList<>();
        Set<Node> visited = new HashSet<>();
        List<Node> stack = new ArrayList<>();
        // nextInput[i]: which input of stack[i] to visit next.
        int[] nextInput = new int[16];
        stack.add(output);
        visited.add(output);
        while (!stack.isEmpty()) {
            int top = stack.size() - 1;
            Node node = stack.get(top);
            if (nextInput[top] == node.inputCount()) {
                order.add(node);
                stack.remove(top);
                continue;
            }
            Node input = node.input(nextInput[top]++);
            if (visited.add(input)) {
                if (stack.size() == nextInput.length) {
                    nextInput = Arrays.copyOf(nextInput, 2 * nextInput.length);
                }
                nextInput[stack.size()] = 0;
                stack.add(input);
            }
        }
        return order;
    }

    /**
     * Recomputes every gate from the inputs' current values, in forward order. Gradients and recorded steps
     * from an earlier backward pass belonged to the old values, so they are cleared.
     */
    public void forward() {
        for (Node gate : gates) {
            gate.evaluate();
        }
        for (Node node : nodes) {
            node.resetGradient();
        }
        lastBackwardSteps = Collections.emptyList();
    }

    /**
     * Sets every gradient to d(output)/d(node): zeroes them all, seeds the output with 1, then walks the
     * gates in reverse order, each passing upstream x local to its inputs. Uses the current values (run
     * {@link #forward()} first after changing an input). Returns the steps in the order they ran.
     */
    public List<BackwardStep> backward() {
        for (Node node : nodes) {
            node.resetGradient();
        }
        output.setGradient(1.0);
        List<BackwardStep> steps = new ArrayList<>(gates.size());
        for (int g = gates.size() - 1; g >= 0; g--) {
            steps.add(passGradientThrough(gates.get(g)));
        }
        lastBackwardSteps = Collections.unmodifiableList(steps);
        return lastBackwardSteps;
    }

    private BackwardStep passGradientThrough(Node gate) {
        int count = gate.inputCount();
        double upstream = gate.gradient();
        double[] local = new double[count];
        double[] downstream = new double[count];
        double[] after = new double[count];
        boolean[] shared = new boolean[count];
        for (int i = 0; i < count; i++) {
            local[i] = gate.localGradient(i);
            downstream[i] = upstream * local[i];
            // Read the total right after this contribution: in x * x the first slot has 3 so far, the second 6.
            gate.input(i).receiveGradient(downstream[i]);
            after[i] = gate.input(i).gradient();
            shared[i] = slotsFedBy(gate.input(i)) > 1;
        }
        return new BackwardStep(gate, upstream, local, downstream, after, shared);
    }

    /** How many gate input slots {@code node} feeds in this graph: 2 for x in x * x, 3 in x * x * x. */
    public int slotsFedBy(Node node) {
        int slots = 0;
        for (Node gate : gates) {
            for (int i = 0; i < gate.inputCount(); i++) {
                if (gate.input(i) == node) {
                    slots++;
                }
            }
        }
        return slots;
    }

    public Node output() {
        return output;
    }

    /** Every node the output depends on, in forward order; the output is last. */
    public List<Node> nodes() {
        return nodes;
    }

    /** The gates only, in forward order: the forward steps of the lesson. */
    public List<Node> gates() {
        return gates;
    }

    /** The input (variable) nodes, in the order the forward walk meets them. */
    public List<Node> inputs() {
        return inputs;
    }

    /** The steps of the last {@link #backward()} pass, empty before one or after {@link #forward()}. */
    public List<BackwardStep> backwardSteps() {
        return lastBackwardSteps;
    }

    /** The first node in forward order with the given label. */
    public Node find(String label) {
        StringBuilder known = new StringBuilder();
        for (Node node : nodes) {
            if (node.label().equals(label)) {
                return node;
            }
            if (!node.label().isEmpty() && !node.isConstant()) {
                known.append(known.length() == 0 ? "" : ", ").append(node.label());
            }
        }
        throw new IllegalArgumentException("no node labelled '" + label + "' in this graph (labelled: "
                + known + ")");
    }

    /** The first node in forward order whose value is NaN or infinite, or null when all are finite. */
    public Node firstNonFinite() {
        for (Node node : nodes) {
            if (!node.isFinite()) {
                return node;
            }
        }
        return null;
    }

    /** True when every value and every gradient in the graph is a finite number. */
    public boolean isFinite() {
        for (Node node : nodes) {
            if (!node.isFinite() || !node.hasFiniteGradient()) {
                return false;
            }
        }
        return true;
    }
}
