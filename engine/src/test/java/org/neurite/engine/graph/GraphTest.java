package org.neurite.engine.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Forward re-evaluation, backward bookkeeping and the conventions at undefined points. */
class GraphTest {

    @Test
    void forwardReevaluatesAfterTheLearnerEditsInputs() {
        Graph graph = LessonGraphs.addThenMultiply(-2, 5, -4);
        graph.find("x").setValue(1);
        graph.find("y").setValue(2);
        graph.find("z").setValue(10);
        graph.forward();
        assertEquals(3.0, graph.find("q").value(), 0.0);
        assertEquals(30.0, graph.output().value(), 0.0);
        graph.backward();
        assertEquals(10.0, graph.find("x").gradient(), 0.0);
        assertEquals(10.0, graph.find("y").gradient(), 0.0);
        assertEquals(3.0, graph.find("z").gradient(), 0.0);
        assertEquals(10.0, graph.find("f").localGradient(0), 0.0);
    }

    @Test
    void forwardForgetsTheGradientsOfTheOldValues() {
        Graph graph = LessonGraphs.addThenMultiply(-2, 5, -4);
        graph.backward();
        graph.forward();
        for (Node node : graph.nodes()) {
            assertEquals(0.0, node.gradient(), 0.0, node.label());
        }
        assertTrue(graph.backwardSteps().isEmpty());
    }

    @Test
    void backwardTwiceGivesTheSameGradientsNotTwiceThem() {
        Graph graph = LessonGraphs.addThenMultiply(-2, 5, -4);
        graph.backward();
        graph.backward();
        assertEquals(-4.0, graph.find("x").gradient(), 0.0);
        assertEquals(3.0, graph.find("z").gradient(), 0.0);
    }

    @Test
    void aNodeUsedTwiceAddsUpItsGradients() {
        Node x = Node.input("x", 3);
        Graph graph = new Graph(x.mul(x));
        List<BackwardStep> steps = graph.backward();
        assertEquals(6.0, x.gradient(), 0.0);
        assertEquals(List.of(x), graph.inputs());
        BackwardStep square = steps.get(0);
        assertEquals(3.0, square.downstreamGradient(0), 0.0);
        assertEquals(3.0, square.downstreamGradient(1), 0.0);
        assertEquals(3.0, square.inputGradientAfter(0), 0.0, "the first contribution alone");
        assertEquals(6.0, square.inputGradientAfter(1), 0.0, "both contributions");
        assertTrue(square.inputShared(0) && square.inputShared(1));
    }

    @Test
    void aCubeCountsItsThreeContributionsOneByOne() {
        Node x = Node.input("x", 2);
        Node square = x.mul(x);
        Graph graph = new Graph(square.mul(x));
        assertEquals(3, graph.slotsFedBy(x));
        assertEquals(1, graph.slotsFedBy(square));
        List<BackwardStep> steps = graph.backward();
        // The outer gate gives x 4 (the square's value), then the square gives 2 x 2 = 4 through each slot.
        assertEquals(4.0, steps.get(0).inputGradientAfter(1), 0.0);
        assertFalse(steps.get(0).inputShared(0), "the square feeds one slot");
        assertEquals(8.0, steps.get(1).inputGradientAfter(0), 0.0);
        assertEquals(12.0, steps.get(1).inputGradientAfter(1), 0.0);
        assertEquals(12.0, x.gradient(), 0.0);
    }

    @Test
    void fanOutShowsTheRunningTotalAfterEachStep() {
        // f = (x + 1) * x: x receives z-gradient from the multiply first, then more from the add.
        Node x = Node.input("x", 2);
        Node shifted = x.add(1).named("s");
        Graph graph = new Graph(shifted.mul(x).named("f"));
        List<BackwardStep> steps = graph.backward();
        assertEquals(3.0, steps.get(0).downstreamGradient(1), 0.0);
        assertEquals(3.0, steps.get(0).inputGradientAfter(1), 0.0);
        assertSame(shifted, steps.get(1).gate());
        assertEquals(2.0, steps.get(1).downstreamGradient(0), 0.0);
        assertEquals(5.0, steps.get(1).inputGradientAfter(0), 0.0);
        assertEquals(5.0, x.gradient(), 0.0);
    }

    @Test
    void backwardFromAnInnerNodeGivesItsOwnGradients() {
        Graph lesson = LessonGraphs.addThenMultiply(-2, 5, -4);
        Graph ofQ = new Graph(lesson.find("q"));
        ofQ.backward();
        assertEquals(1.0, lesson.find("x").gradient(), 0.0);
        assertEquals(1.0, lesson.find("y").gradient(), 0.0);
        assertEquals(List.of("x", "y"), List.of(ofQ.inputs().get(0).label(), ofQ.inputs().get(1).label()));
        assertEquals(3, ofQ.nodes().size());
    }

    @Test
    void undefinedValuesAreReportedNotThrown() {
        Node x = Node.input("x", 0);
        Node logOfX = x.log().named("log");
        Graph graph = new Graph(logOfX.add(1));
        assertFalse(logOfX.isFinite());
        assertEquals(Double.NEGATIVE_INFINITY, logOfX.value(), 0.0);
        assertSame(logOfX, graph.firstNonFinite());
        assertFalse(graph.isFinite());
        graph.backward();
        assertEquals(Double.POSITIVE_INFINITY, x.gradient(), 0.0);
        assertFalse(x.hasFiniteGradient());

        x.setValue(-1);
        graph.forward();
        assertTrue(Double.isNaN(logOfX.value()));

        x.setValue(Math.E);
        graph.forward();
        assertNull(graph.firstNonFinite());
        graph.backward();
        assertTrue(graph.isFinite());
        assertEquals(1.0 / Math.E, x.gradient(), 1e-15);
    }

    @Test
    void divisionByZeroIsInfiniteNotAnError() {
        Node quotient = Node.input("a", 1).div(Node.input("b", 0));
        assertEquals(Double.POSITIVE_INFINITY, quotient.value(), 0.0);
        assertFalse(quotient.isFinite());
        assertTrue(Double.isNaN(Node.constant(0).div(0).value()));
    }

    @Test
    void conventionsWhereTheGradientIsUndefined() {
        Node zero = Node.input("a", 0);
        assertEquals(0.0, zero.relu().localGradient(0), 0.0, "relu'(0) is taken as 0");
        Node tie = Node.input("a", 2).max(Node.input("b", 2));
        assertEquals(1.0, tie.localGradient(0), 0.0, "a tie in max goes to the first input");
        assertEquals(0.0, tie.localGradient(1), 0.0);
        assertEquals(0.0, zero.pow(0).localGradient(0), 0.0, "x^0 is constant, even at 0");
    }

    @Test
    void eachGateReportsItsOwnLocalGradient() {
        Node a = Node.input("a", 6);
        Node b = Node.input("b", -3);
        assertLocal(a.sub(b), 1, -1);
        assertLocal(a.div(b), -1.0 / 3, -6.0 / 9);
        assertLocal(a.mul(b), -3, 6);
        assertLocal(a.max(b), 1, 0);
        assertLocal(b.neg(), -1);
        assertLocal(b.pow(3), 27);
        assertLocal(b.relu(), 0);
        assertLocal(Node.input("c", 0).sigmoid(), 0.25);
        assertLocal(Node.input("c", 0).tanh(), 1);
        assertLocal(Node.input("c", 0).exp(), 1);
        assertLocal(Node.input("c", 4).log(), 0.25);
    }

    private static void assertLocal(Node gate, double... expected) {
        assertEquals(expected.length, gate.inputCount());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], gate.localGradient(i), 1e-15, gate.op() + " input " + i);
        }
    }

    @Test
    void labelsAndLookups() {
        Graph graph = LessonGraphs.addThenMultiply(-2, 5, -4);
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> graph.find("w"));
        assertEquals("no node labelled 'w' in this graph (labelled: x, y, q, z, f)", missing.getMessage());
        assertEquals("3", Node.constant(3).label());
        assertEquals("0.5", Node.constant(0.5).label());
        assertEquals(Op.POW, Node.input("x", 2).pow(2).op());
        assertEquals(2.0, Node.input("x", 2).pow(2).exponent(), 0.0);
    }

    @Test
    void misuseIsRejectedWithAnExplanation() {
        Graph graph = LessonGraphs.addThenMultiply(-2, 5, -4);
        IllegalStateException gate = assertThrows(IllegalStateException.class,
                () -> graph.find("q").setValue(1));
        assertEquals("only an input's value can be set; 'q' is a + node", gate.getMessage());
        IllegalArgumentException unnamed = assertThrows(IllegalArgumentException.class, () -> Node.input("", 1));
        assertEquals("an input needs a name, such as \"x\", so the page can show it", unnamed.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Node.input("x", 1).apply(Op.ADD));
        assertThrows(IllegalArgumentException.class, () -> Node.input("x", 1).apply(Op.POW));
        assertThrows(IllegalArgumentException.class, () -> Node.apply(Op.EXP, Node.constant(1), Node.constant(2)));
        assertThrows(IllegalArgumentException.class, () -> new Graph(null));
    }

    @Test
    void aLongChainDoesNotOverflowTheStack() {
        Node x = Node.input("x", 0.5);
        Node sum = x;
        for (int i = 0; i < 20000; i++) {
            sum = sum.add(x);
        }
        Graph graph = new Graph(sum);
        graph.backward();
        assertEquals(20001.0, x.gradient(), 0.0);
        assertEquals(20001, graph.nodes().size(), "x and 20000 add gates");
    }
}
