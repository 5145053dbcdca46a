package org.neurite.engine.lessons;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.neurite.engine.graph.Graph;
import org.neurite.engine.graph.Node;

/**
 * The chain rule written out along one path of a graph: d(from)/d(to) as the product of each gate's local
 * derivative, read off the engine's gates. For y = act(w3 act(w2 act(w1 a))) the path from y down to w1
 * gives dy/ds3 x ds3/dh2 x dh2/ds2 x ds2/dh1 x dh1/ds1 x ds1/dw1.
 *
 * <p>The path must be unique: at each gate exactly one input may lead to {@code to}. Where paths split and
 * join again the gradient is a sum of products, which {@link Graph#backward()} computes and this class
 * refuses rather than get wrong.
 */
public final class ChainProduct {
    private final String[] numerators;
    private final String[] denominators;
    private final double[] factors;
    private final double product;

    private ChainProduct(List<String> numerators, List<String> denominators, List<Double> factors) {
        this.numerators = numerators.toArray(new String[0]);
        this.denominators = denominators.toArray(new String[0]);
        this.factors = new double[factors.size()];
        double p = 1;
        for (int i = 0; i < this.factors.length; i++) {
            this.factors[i] = factors.get(i);
            p *= this.factors[i];
        }
        this.product = p;
    }

    /** The local derivatives from {@code from} down to {@code to}, at the graph's current values. */
    public static ChainProduct along(Graph graph, Node from, Node to) {
        Set<Node> leadsToTarget = nodesLeadingTo(graph, to);
        if (!leadsToTarget.contains(from)) {
            throw new IllegalArgumentException("'" + label(from) + "' does not depend on '" + label(to) + "'");
        }
        List<String> numerators = new ArrayList<>();
        List<String> denominators = new ArrayList<>();
        List<Double> factors = new ArrayList<>();
        Node current = from;
        while (current != to) {
            int next = onlyInputLeadingTo(current, leadsToTarget, to);
            Node input = current.input(next);
            numerators.add(label(current));
            denominators.add(label(input));
            factors.add(current.localGradient(next));
            current = input;
        }
        return new ChainProduct(numerators, denominators, factors);
    }

    private static Set<Node> nodesLeadingTo(Graph graph, Node to) {
        Set<Node> leads = new HashSet<>();
        leads.add(to);
        // Forward order lists every node after its inputs, so one pass settles each node.
        for (Node node : graph.nodes()) {
            for (int i = 0; i < node.inputCount(); i++) {
                if (leads.contains(node.input(i))) {
                    leads.add(node);
                }
            }
        }
        return leads;
    }

    private static int onlyInputLeadingTo(Node gate, Set<Node> leadsToTarget, Node to) {
        int found = -1;
        for (int i = 0; i < gate.inputCount(); i++) {
            if (leadsToTarget.contains(gate.input(i))) {
                if (found >= 0) {
                    throw new IllegalArgumentException("'" + label(gate) + "' reaches '" + label(to) + "' along "
                            + "more than one path, so its gradient is a sum of products; use Graph.backward()");
                }
                found = i;
            }
        }
        return found;
    }

    private static String label(Node node) {
        return node.label().isEmpty() ? node.op().symbol() : node.label();
    }

    public int factorCount() {
        return factors.length;
    }

    /** The label of the gate whose local derivative factor {@code index} is (y in dy/dz). */
    public String numerator(int index) {
        return numerators[index];
    }

    /** The label of the input the derivative is taken with respect to (z in dy/dz). */
    public String denominator(int index) {
        return denominators[index];
    }

    public double factor(int index) {
        return factors[index];
    }

    /** The product of all the factors: d(from)/d(to) by the chain rule. */
    public double product() {
        return product;
    }
}
