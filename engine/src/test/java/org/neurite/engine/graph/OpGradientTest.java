package org.neurite.engine.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every gate's local gradient rule against central finite differences, at several points. */
class OpGradientTest {
    private final Set<Op> checked = EnumSet.noneOf(Op.class);

    @Test
    void everyGateMatchesFiniteDifferences() {
        double[][] pairs = {{-2.0, 5.0}, {0.7, -1.3}, {3.2, 0.4}, {-0.6, -2.5}, {1.9, 1.1}};
        for (double[] p : pairs) {
            checkBinary(Op.ADD, p[0], p[1]);
            checkBinary(Op.SUB, p[0], p[1]);
            checkBinary(Op.MUL, p[0], p[1]);
            checkBinary(Op.DIV, p[0], p[1]);
            checkBinary(Op.MAX, p[0], p[1]);
        }
        double[] points = {-3.0, -1.2, -0.3, 0.25, 0.8, 2.5};
        for (double a : points) {
            checkUnary(Op.NEG, a);
            checkUnary(Op.SIGMOID, a);
            checkUnary(Op.TANH, a);
            checkUnary(Op.RELU, a);
            checkUnary(Op.EXP, a);
            checkUnary(Op.SIN, a);
            checkUnary(Op.COS, a);
            checkPow(a, 2);
            checkPow(a, 3);
            checkPow(a, -1);
            checkPow(a, 0);
            if (a > 0) {
                checkUnary(Op.LOG, a);
                checkPow(a, 0.5);
                checkPow(a, -1.5);
            }
        }
        Set<Op> gates = EnumSet.allOf(Op.class);
        gates.removeIf(Op::isLeaf);
        assertEquals(gates, checked, "every gate must have a finite-difference check");
    }

    private void checkBinary(Op op, double a, double b) {
        Node first = Node.input("a", a);
        Node second = Node.input("b", b);
        Graph graph = new Graph(Node.apply(op, first, second));
        GradientCheck.assertGradientsMatch(graph, op + " at (" + a + ", " + b + ")");
        checkLocalGradientsAreTheInputGradients(graph);
        checked.add(op);
    }

    private void checkUnary(Op op, double a) {
        Graph graph = new Graph(Node.input("a", a).apply(op));
        GradientCheck.assertGradientsMatch(graph, op + " at " + a);
        checkLocalGradientsAreTheInputGradients(graph);
        checked.add(op);
    }

    private void checkPow(double a, double exponent) {
        Graph graph = new Graph(Node.input("a", a).pow(exponent));
        GradientCheck.assertGradientsMatch(graph, "a^" + exponent + " at " + a);
        checkLocalGradientsAreTheInputGradients(graph);
        checked.add(Op.POW);
    }

    /** With the gate as output (upstream 1), each input's gradient is exactly the gate's local gradient. */
    private static void checkLocalGradientsAreTheInputGradients(Graph graph) {
        Node gate = graph.output();
        for (int i = 0; i < gate.inputCount(); i++) {
            assertEquals(gate.localGradient(i), gate.input(i).gradient(), 0.0, gate.op() + " input " + i);
        }
    }
}
