package org.neurite.engine.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked examples of lessons 7 and 8, with the numbers the lesson text gives. */
class LessonGraphsTest {

    @Test
    void lesson7ForwardAndBackwardThroughTheApi() {
        Node x = Node.input("x", -2);
        Node y = Node.input("y", 5);
        Node z = Node.input("z", -4);
        Node q = x.add(y);
        Node f = q.mul(z);
        assertEquals(3.0, q.value(), 0.0);
        assertEquals(-12.0, f.value(), 0.0);

        new Graph(f).backward();
        assertEquals(1.0, f.gradient(), 0.0);
        assertEquals(-4.0, q.gradient(), 0.0);
        assertEquals(-4.0, x.gradient(), 0.0);
        assertEquals(-4.0, y.gradient(), 0.0);
        assertEquals(3.0, z.gradient(), 0.0);
    }

    @Test
    void lesson7ForwardStepsAreInputsBeforeTheGatesThatUseThem() {
        Graph graph = LessonGraphs.addThenMultiply(-2, 5, -4);
        assertEquals(List.of("x", "y", "q", "z", "f"), labels(graph.nodes()));
        assertEquals(List.of("q", "f"), labels(graph.gates()));
        assertEquals(List.of("x", "y", "z"), labels(graph.inputs()));
        assertEquals(3.0, graph.find("q").value(), 0.0);
        assertEquals(-12.0, graph.find("f").value(), 0.0);
    }

    @Test
    void lesson7BackwardStepsShowUpstreamTimesLocalAtEachGate() {
        Graph graph = LessonGraphs.addThenMultiply(-2, 5, -4);
        List<BackwardStep> steps = graph.backward();
        assertEquals(2, steps.size());

        // The multiply gate first: upstream 1; its local gradients swap the inputs (z for q, q for z).
        BackwardStep multiply = steps.get(0);
        assertSame(graph.find("f"), multiply.gate());
        assertEquals(1.0, multiply.upstreamGradient(), 0.0);
        assertSame(graph.find("q"), multiply.input(0));
        assertEquals(-4.0, multiply.localGradient(0), 0.0);
        assertEquals(-4.0, multiply.downstreamGradient(0), 0.0);
        assertSame(graph.find("z"), multiply.input(1));
        assertEquals(3.0, multiply.localGradient(1), 0.0);
        assertEquals(3.0, multiply.downstreamGradient(1), 0.0);

        // Then the add gate: upstream -4, local 1 for both, so -4 reaches x and y.
        BackwardStep add = steps.get(1);
        assertSame(graph.find("q"), add.gate());
        assertEquals(-4.0, add.upstreamGradient(), 0.0);
        for (int i = 0; i < 2; i++) {
            assertEquals(1.0, add.localGradient(i), 0.0);
            assertEquals(-4.0, add.downstreamGradient(i), 0.0);
            assertEquals(-4.0, add.inputGradientAfter(i), 0.0);
        }
        assertEquals(List.of("x", "y"), List.of(add.input(0).label(), add.input(1).label()));
        assertEquals(steps, graph.backwardSteps());
        assertEquals("f: upstream 1.0; to q: 1.0 x -4.0 = -4.0; to z: 1.0 x 3.0 = 3.0", multiply.toString());
    }

    @Test
    void lesson8NestedSquaresFollowTheChainRule() {
        for (double x : new double[] {-1.5, -0.4, 0.5, 1.1, 2.0}) {
            Graph graph = LessonGraphs.nestedSquares(x);
            graph.backward();
            double m = x * x;
            double z = m * m;
            assertEquals(m, graph.find("m").value(), 0.0);
            assertEquals(z, graph.find("z").value(), 0.0);
            double chain = 2 * z * 2 * m * 2 * x;
            GradientCheck.assertClose(chain, graph.find("x").gradient(), "dy/dx = 2z 2m 2x at " + x);
            GradientCheck.assertClose(8 * Math.pow(x, 7), graph.find("x").gradient(), "dy/dx = 8x^7 at " + x);
            // Each power gate's step shows its own factor of the chain.
            List<BackwardStep> steps = graph.backwardSteps();
            assertEquals(List.of("y", "z", "m"), List.of(steps.get(0).gate().label(),
                    steps.get(1).gate().label(), steps.get(2).gate().label()));
            GradientCheck.assertClose(2 * z, steps.get(0).localGradient(0), "dy/dz");
            GradientCheck.assertClose(2 * m, steps.get(1).localGradient(0), "dz/dm");
            GradientCheck.assertClose(2 * x, steps.get(2).localGradient(0), "dm/dx");
        }
    }

    @Test
    void lesson8NestedSquaresAfterEditingX() {
        Graph graph = LessonGraphs.nestedSquares(1.0);
        graph.find("x").setValue(-1.25);
        graph.forward();
        graph.backward();
        GradientCheck.assertClose(8 * Math.pow(-1.25, 7), graph.find("x").gradient(), "after edit");
    }

    @Test
    void lesson8ThreeLayersMultiplyOneFactorPerLayer() {
        double a = 0.8;
        double w1 = 1.5;
        double w2 = -0.7;
        double w3 = 2.1;
        for (Op activation : new Op[] {Op.SIGMOID, Op.TANH}) {
            Graph graph = LessonGraphs.threeLayerChain(activation, a, w1, w2, w3);
            graph.backward();
            double h1 = activate(activation, w1 * a);
            double h2 = activate(activation, w2 * h1);
            double y = activate(activation, w3 * h2);
            assertEquals(y, graph.output().value(), 1e-15);
            // dy/dw1 = act'(s3) w3 act'(s2) w2 act'(s1) a, each act' written from the activation's value.
            double expected = slope(activation, y) * w3 * slope(activation, h2) * w2 * slope(activation, h1) * a;
            GradientCheck.assertClose(expected, graph.find("w1").gradient(), activation + " dy/dw1");
            GradientCheck.assertClose(slope(activation, y) * h2, graph.find("w3").gradient(),
                    activation + " dy/dw3");
            GradientCheck.assertGradientsMatch(graph, activation + " three layers");
        }
        Graph relu = LessonGraphs.threeLayerChain(Op.RELU, a, w1, -w2, w3);
        relu.backward();
        GradientCheck.assertClose(w3 * -w2 * a, relu.find("w1").gradient(), "relu dy/dw1");
        GradientCheck.assertGradientsMatch(relu, "relu three layers");
    }

    private static double activate(Op activation, double s) {
        return activation == Op.SIGMOID ? 1 / (1 + Math.exp(-s)) : Math.tanh(s);
    }

    private static double slope(Op activation, double h) {
        return activation == Op.SIGMOID ? h * (1 - h) : 1 - h * h;
    }

    private static List<String> labels(List<Node> nodes) {
        return nodes.stream().map(Node::label).toList();
    }
}
