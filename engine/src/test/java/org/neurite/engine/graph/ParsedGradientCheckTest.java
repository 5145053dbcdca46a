package org.neurite.engine.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.neurite.engine.random.Rng;

/**
 * Parsed expressions against plain Java: their values against the same formula written in Java, their
 * gradients against central finite differences, at seeded random points.
 */
class ParsedGradientCheckTest {
    private static final String[] VARIABLES = {"a", "b", "c"};

    /** A formula as text and as Java over the variables a, b, c (in that order). */
    private record Formula(String text, ToDoubleFunction<double[]> java, double low, double high) {
    }

    private static final List<Formula> WRITTEN = List.of(
            new Formula("(a + b) * c", v -> (v[0] + v[1]) * v[2], -3, 3),
            new Formula("a*a*a - 2*a*b + b^2/3", v -> v[0] * v[0] * v[0] - 2 * v[0] * v[1] + v[1] * v[1] / 3, -2, 2),
            new Formula("sigmoid(c*a + b)", v -> 1 / (1 + Math.exp(-(v[2] * v[0] + v[1]))), -3, 3),
            new Formula("tanh(a) * exp(-b^2)", v -> Math.tanh(v[0]) * Math.exp(-v[1] * v[1]), -2, 2),
            new Formula("log(a^2 + 1) / (b - 5)", v -> Math.log(v[0] * v[0] + 1) / (v[1] - 5), -2, 2),
            new Formula("max(a*b, a - b) + relu(c)", v -> Math.max(v[0] * v[1], v[0] - v[1]) + Math.max(0, v[2]), -2, 2),
            new Formula("-a^2 + 2^-1 * b", v -> -(v[0] * v[0]) + 0.5 * v[1], -2, 2),
            new Formula("a^0.5 + a^-2 - c^3", v -> Math.sqrt(v[0]) + 1 / (v[0] * v[0]) - v[2] * v[2] * v[2], 0.3, 2),
            new Formula("sigmoid(3*tanh(2*relu(a - 0.1)))", v -> 1 / (1 + Math.exp(-3 * Math.tanh(2 * Math.max(0, v[0] - 0.1)))), -1, 2),
            new Formula("exp(log(a)) * b", v -> v[0] * v[1], 0.3, 3),
            new Formula("a / b / c", v -> v[0] / v[1] / v[2], 0.5, 2),
            new Formula("(a - b)^2 / 2", v -> (v[0] - v[1]) * (v[0] - v[1]) / 2, -3, 3),
            new Formula("tanh(c * tanh(b * tanh(a * 0.7)))", v -> Math.tanh(v[2] * Math.tanh(v[1] * Math.tanh(v[0] * 0.7))), -2, 2));

    @Test
    void writtenFormulasMatchJavaAndFiniteDifferences() {
        Rng rng = new Rng(7);
        for (Formula formula : WRITTEN) {
            for (int point = 0; point < 5; point++) {
                checkAtRandomPoint(formula, rng);
            }
        }
    }

    @Test
    void generatedFormulasMatchJavaAndFiniteDifferences() {
        Rng rng = new Rng(2024);
        for (int i = 0; i < 200; i++) {
            Formula formula = generate(rng, 3);
            checkAtRandomPoint(formula, rng);
            checkAtRandomPoint(formula, rng);
        }
    }

    private static void checkAtRandomPoint(Formula formula, Rng rng) {
        ParsedExpression expression = ExpressionParser.parse(formula.text());
        double[] values = new double[VARIABLES.length];
        StringBuilder point = new StringBuilder(formula.text()).append(" at");
        for (int i = 0; i < VARIABLES.length; i++) {
            values[i] = rng.uniform((float) formula.low(), (float) formula.high());
            if (expression.variableNames().contains(VARIABLES[i])) {
                expression.setVariable(VARIABLES[i], values[i]);
            }
            point.append(' ').append(VARIABLES[i]).append('=').append(values[i]);
        }
        double expected = formula.java().applyAsDouble(values);
        assertEquals(expected, expression.evaluate(), 1e-12 * Math.max(1, Math.abs(expected)), point.toString());
        GradientCheck.assertGradientsMatch(expression.graph(), point.toString());
    }

    /**
     * A random formula of the given depth. Division and log get guarded operands (1 + u^2 and 1 + u^2), and
     * exp sees a tanh, so every generated formula is defined and of moderate size on [-1.5, 1.5].
     */
    private static Formula generate(Rng rng, int depth) {
        if (depth == 0 || rng.nextInt(4) == 0) {
            if (rng.nextInt(3) == 0) {
                double constant = Math.round(rng.uniform(-2, 2) * 10) / 10.0;
                String text = constant < 0 ? "(" + constant + ")" : Double.toString(constant);
                return new Formula(text, v -> constant, -1.5, 1.5);
            }
            int variable = rng.nextInt(VARIABLES.length);
            return new Formula(VARIABLES[variable], v -> v[variable], -1.5, 1.5);
        }
        Formula left = generate(rng, depth - 1);
        Formula right = generate(rng, depth - 1);
        String l = left.text();
        String r = right.text();
        ToDoubleFunction<double[]> lj = left.java();
        ToDoubleFunction<double[]> rj = right.java();
        switch (rng.nextInt(14)) {
            case 0: return formula(l + " + " + r, v -> lj.applyAsDouble(v) + rj.applyAsDouble(v));
            case 1: return formula(l + " - (" + r + ")", v -> lj.applyAsDouble(v) - rj.applyAsDouble(v));
            case 2: return formula("(" + l + ") * (" + r + ")", v -> lj.applyAsDouble(v) * rj.applyAsDouble(v));
            case 3: return formula("(" + l + ") / (1 + (" + r + ")^2)",
                    v -> lj.applyAsDouble(v) / (1 + Math.pow(rj.applyAsDouble(v), 2)));
            case 4: return formula("(" + l + ")^2", v -> Math.pow(lj.applyAsDouble(v), 2));
            case 5: return formula("-(" + l + ")^3", v -> -Math.pow(lj.applyAsDouble(v), 3));
            case 6: return formula("sigmoid(" + l + ")", v -> 1 / (1 + Math.exp(-lj.applyAsDouble(v))));
            case 7: return formula("tanh(" + l + ")", v -> Math.tanh(lj.applyAsDouble(v)));
            case 8: return formula("relu(" + l + ")", v -> Math.max(0, lj.applyAsDouble(v)));
            case 9: return formula("exp(tanh(" + l + "))", v -> Math.exp(Math.tanh(lj.applyAsDouble(v))));
            case 10: return formula("log(1 + (" + l + ")^2)", v -> Math.log(1 + Math.pow(lj.applyAsDouble(v), 2)));
            case 11: return formula("sin(" + l + ")", v -> Math.sin(lj.applyAsDouble(v)));
            case 12: return formula("cos(" + l + ")", v -> Math.cos(lj.applyAsDouble(v)));
            default: return formula("max(" + l + ", " + r + ")",
                    v -> Math.max(lj.applyAsDouble(v), rj.applyAsDouble(v)));
        }
    }

    private static Formula formula(String text, ToDoubleFunction<double[]> java) {
        return new Formula(text, java, -1.5, 1.5);
    }

    @Test
    void theGeneratorCoversEveryGate() {
        Rng rng = new Rng(2024);
        List<Op> seen = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            for (Node node : ExpressionParser.parse(generate(rng, 3).text()).graph().nodes()) {
                if (!seen.contains(node.op())) {
                    seen.add(node.op());
                }
            }
        }
        for (Op op : Op.values()) {
            assertTrue(seen.contains(op), op + " never generated");
        }
    }
}
