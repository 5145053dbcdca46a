package org.neurite.engine.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.neurite.engine.graph.ExpressionParser;
import org.neurite.engine.graph.ParsedExpression;

/**
 * The lessons' expression parser: a graph that runs forward and backward on any values, or an
 * {@link org.neurite.engine.graph.ExpressionException} (an IllegalArgumentException) with a message.
 */
class ExpressionFuzzTest {
    private static final List<String> SEEDS = List.of("(x + y) * z", "sigmoid(w2 * relu(w1 * a + b))",
            "max(x, 0) - 2^-1 * x^(1/2)", "-2^2 + exp(log(x)) / cos(sin(t))", "tanh(a*b - c) ^ 3",
            "1e-3 * x * x + .5");

    @Test
    void anyFormulaIsReadOrRefusedWithAMessage() {
        // The mutations start from formulas the parser reads, so the fuzz reaches the graph, not only the refusals.
        for (String seed : SEEDS) {
            assertFalse(ExpressionParser.parse(seed).variableNames().isEmpty(), seed);
        }
        Random values = new Random(9);
        double[] odd = {0, -0.0, 1, -1, 1e308, -1e308, Double.NaN, Double.POSITIVE_INFINITY, 1e-320};
        FuzzRun.run("expression", TextFuzz.inputs(8, SEEDS, "xyzab0123456789.e+-*/^(), sigmoidtanhrelumax", 80),
                text -> {
                    ParsedExpression parsed = ExpressionParser.parse(text);
                    for (String name : parsed.variableNames()) {
                        parsed.setVariable(name, values.nextBoolean() ? odd[values.nextInt(odd.length)]
                                : values.nextGaussian() * 10);
                    }
                    parsed.evaluate();
                    parsed.graph().backward();
                }, 256, IllegalArgumentException.class);
    }
}
