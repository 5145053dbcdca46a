package org.neurite.engine.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the parser builds from well-formed text: values, precedence, variables and gates. */
class ExpressionParserTest {

    @Test
    void lesson7ThroughTheParser() {
        ParsedExpression expression = ExpressionParser.parse("(x + y) * z");
        assertEquals(List.of("x", "y", "z"), expression.variableNames());
        expression.setVariable("x", -2);
        expression.setVariable("y", 5);
        expression.setVariable("z", -4);
        assertEquals(-12.0, expression.evaluate(), 0.0);
        Graph graph = expression.graph();
        assertEquals(List.of(Op.ADD, Op.MUL), List.of(graph.gates().get(0).op(), graph.gates().get(1).op()));
        assertEquals(3.0, graph.gates().get(0).value(), 0.0);

        List<BackwardStep> steps = graph.backward();
        assertEquals(-4.0, expression.variable("x").gradient(), 0.0);
        assertEquals(-4.0, expression.variable("y").gradient(), 0.0);
        assertEquals(3.0, expression.variable("z").gradient(), 0.0);
        assertEquals(1.0, steps.get(0).upstreamGradient(), 0.0);
        assertEquals(-4.0, steps.get(1).upstreamGradient(), 0.0);
    }

    @Test
    void precedenceFollowsWrittenMaths() {
        assertValue(14, "2+3*4");
        assertValue(9, "(1+2)*3");
        assertValue(512, "2^3^2");     // right-associative: 2^(3^2)
        assertValue(-4, "-2^2");       // unary minus binds looser than ^: -(2^2)
        assertValue(0.5, "2^-1");      // an exponent may carry its own sign
        assertValue(1, "8/4/2");       // left-associative
        assertValue(3, "10-4-3");
        assertValue(-6, "2*-3");
        assertValue(2, "--2");
        assertValue(-5, "-(2+3)");
        assertValue(7, "1 + 2 * 3 ^ 1");
    }

    @Test
    void numbersWithDecimalsAndExponents() {
        assertValue(5.5, ".5 + 5.");
        assertValue(0.25, "0.25");
        assertValue(15, "1.5e1");
        assertValue(0.002, "2E-3");
        assertValue(300, "3e+2");
    }

    @Test
    void functionsAndMax() {
        assertValue(0.5, "sigmoid(0)");
        assertValue(Math.tanh(0.5), "tanh(0.5)");
        assertValue(0, "relu(-3)");
        assertValue(2, "relu(2)");
        assertValue(Math.E, "exp(1)");
        assertValue(0, "log(1)");
        assertValue(3, "max(2, 3)");
        assertValue(-1, "max(-1, -2)");
        assertValue(4, "max(1, max(4, 2))");
    }

    @Test
    void aRepeatedVariableIsOneNode() {
        ParsedExpression expression = ExpressionParser.parse("x * x + y * x");
        assertEquals(List.of("x", "y"), expression.variableNames());
        expression.setVariable("x", 3);
        expression.setVariable("y", 2);
        assertEquals(15.0, expression.evaluate(), 0.0);
        expression.graph().backward();
        assertEquals(2 * 3 + 2, expression.variable("x").gradient(), 0.0);
        assertEquals(3.0, expression.variable("y").gradient(), 0.0);
        Graph graph = expression.graph();
        assertSame(graph.gates().get(0).input(0), graph.gates().get(0).input(1));
        assertEquals(2, graph.inputs().size());
    }

    @Test
    void variableNamesAreLettersDigitsAndUnderscores() {
        ParsedExpression expression = ExpressionParser.parse("w_1*a1 + B2 - _bias");
        assertEquals(List.of("w_1", "a1", "B2", "_bias"), expression.variableNames());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> expression.setVariable("w1", 1));
        assertEquals("'w1' is not a variable of w_1*a1 + B2 - _bias (its variables: w_1, a1, B2, _bias)",
                unknown.getMessage());
        assertEquals(List.of(), ExpressionParser.parse("1 + 2").variableNames());
    }

    @Test
    void constantExponentsAreFoldedIntoThePowerGate() {
        ParsedExpression expression = ExpressionParser.parse("x^(1/2)");
        Node power = expression.output();
        assertEquals(Op.POW, power.op());
        assertEquals(0.5, power.exponent(), 0.0);
        assertEquals(1, power.inputCount());
        expression.setVariable("x", 4);
        assertEquals(2.0, expression.evaluate(), 0.0);
        expression.graph().backward();
        assertEquals(0.25, expression.variable("x").gradient(), 0.0);
    }

    @Test
    void eachOperatorIsItsOwnGate() {
        ParsedExpression expression = ExpressionParser.parse("-(a - b) / c");
        List<Node> gates = expression.graph().gates();
        assertEquals(List.of(Op.SUB, Op.NEG, Op.DIV), gates.stream().map(Node::op).toList());
        assertEquals("2.5", ExpressionParser.parse("2.5 * x").graph().nodes().get(0).label());
    }

    @Test
    void evaluatingAgainAfterAnEditUsesTheNewValues() {
        ParsedExpression expression = ExpressionParser.parse("x^2 + 3*y");
        expression.setVariable("x", 2);
        expression.setVariable("y", 1);
        assertEquals(7.0, expression.evaluate(), 0.0);
        expression.setVariable("x", -3);
        assertEquals(12.0, expression.evaluate(), 0.0);
    }

    @Test
    void undefinedPointsGiveNonFiniteValuesNotErrors() {
        ParsedExpression expression = ExpressionParser.parse("log(x) + 1 / y");
        assertEquals(Double.NaN, expression.evaluate(), 0.0, "-Infinity + Infinity at x = y = 0");
        expression.setVariable("y", 1);
        assertEquals(Double.NEGATIVE_INFINITY, expression.evaluate(), 0.0);
        assertEquals(Op.LOG, expression.graph().firstNonFinite().op());
        expression.setVariable("x", 1);
        expression.setVariable("y", 0);
        assertEquals(Double.POSITIVE_INFINITY, expression.evaluate(), 0.0);
        assertEquals(Op.DIV, expression.graph().firstNonFinite().op());
    }

    private static void assertValue(double expected, String text) {
        assertEquals(expected, ExpressionParser.parse(text).evaluate(), 1e-12, text);
    }
}
