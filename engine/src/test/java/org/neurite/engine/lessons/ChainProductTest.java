package org.neurite.engine.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.graph.ExpressionParser;
import org.neurite.engine.graph.Graph;
import org.neurite.engine.graph.LessonGraphs;
import org.neurite.engine.graph.Node;
import org.neurite.engine.graph.Op;
import org.neurite.engine.graph.ParsedExpression;

/** Lesson 8: the chain rule as a product of local derivatives, against backprop and central differences. */
class ChainProductTest {

    @Test
    void nestedSquaresGiveTwoZTimesTwoMTimesTwoX() {
        double x = 1.5;
        Graph graph = LessonGraphs.nestedSquares(x);
        ChainProduct chain = ChainProduct.along(graph, graph.find("y"), graph.find("x"));
        double m = x * x;
        double z = m * m;
        assertEquals(3, chain.factorCount());
        assertEquals("y", chain.numerator(0));
        assertEquals("z", chain.denominator(0));
        assertEquals(2 * z, chain.factor(0), 1e-12);
        assertEquals(2 * m, chain.factor(1), 1e-12);
        assertEquals(2 * x, chain.factor(2), 1e-12);
        assertEquals(8 * Math.pow(x, 7), chain.product(), 1e-9);

        graph.backward();
        assertEquals(graph.find("x").gradient(), chain.product(), 1e-9);
        double numeric = CentralDifference.of(graph, graph.find("x"));
        assertEquals(chain.product(), numeric, 1e-4);
    }

    @Test
    void throughThreeLayersTheProductTimesDlDyIsBackpropsGradient() {
        for (Op activation : new Op[] {Op.SIGMOID, Op.TANH, Op.RELU}) {
            Graph graph = ChainedLayers.withLoss(activation, 1.5, 0.8, -1.2, 0.6, 1.0);
            graph.backward();
            Node y = graph.find("y");
            Node w1 = graph.find("w1");
            ChainProduct chain = ChainProduct.along(graph, y, w1);
            assertEquals(6, chain.factorCount());
            assertEquals("s1", chain.numerator(5));
            assertEquals("w1", chain.denominator(5));
            assertEquals(1.5, chain.factor(5), 0.0, "ds1/dw1 is the input a");
            assertEquals(y.value() - 1.0, y.gradient(), 1e-12, "dL/dy = y - t");
            double chainRule = y.gradient() * chain.product();
            double backprop = w1.gradient();
            assertEquals(backprop, chainRule, 1e-12, activation.symbol());
            double numeric = CentralDifference.of(graph, w1);
            assertEquals(backprop, numeric, 1e-7, activation.symbol());
        }
    }

    @Test
    void aPathThatSplitsIsRefused() {
        ParsedExpression square = ExpressionParser.parse("x * x");
        Graph graph = square.graph();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChainProduct.along(graph, graph.output(), square.variable("x")));
        assertTrue(e.getMessage().contains("more than one path"), e.getMessage());
    }

    @Test
    void centralDifferenceOfTheGateExampleAndTheInputIsRestored() {
        Graph graph = LessonGraphs.addThenMultiply(-2, 5, -4);
        assertEquals(-4, CentralDifference.of(graph, graph.find("x")), 1e-8);
        assertEquals(-4, CentralDifference.of(graph, graph.find("y")), 1e-8);
        assertEquals(3, CentralDifference.of(graph, graph.find("z")), 1e-8);
        assertEquals(-2, graph.find("x").value(), 0.0);
        assertEquals(-12, graph.output().value(), 0.0);
        assertThrows(IllegalArgumentException.class, () -> CentralDifference.of(graph, graph.find("q")));
    }
}
