package org.neurite.engine.data;

import org.neurite.engine.graph.ExpressionException;
import org.neurite.engine.graph.ExpressionParser;
import org.neurite.engine.graph.ParsedExpression;
import org.neurite.engine.random.Rng;

/**
 * The 2D sets a user types, read by the engine's expression parser over variables x1 and x2 (x and y also
 * work): a decision boundary such as {@code x2 > sin(3 * x1)} (class 1 where it holds), or a regression
 * target {@code f(x1, x2)} such as {@code sin(x1) * cos(x2)}. Points are uniform over the square [-6, 6]^2;
 * noise labels each point by a jittered copy of its position, as the plane set does.
 */
public final class TypedFunctions2D {
    /** The longest formula accepted: it travels in the page link. */
    public static final int MAX_LENGTH = 200;

    private TypedFunctions2D() {
    }

    /** Class 1 where {@code boundary} holds: "lhs > rhs", "lhs < rhs", or one expression meaning "expression > 0". */
    public static Dataset boundary(String boundary, int count, float noise, Rng rng) {
        Generators2D.requireArguments(count, noise);
        Boundary b = Boundary.parse(boundary);
        float[] xy = new float[2 * count];
        int[] labels = new int[count];
        int ones = 0;
        float[] jittered = new float[2];
        for (int i = 0; i < count; i++) {
            putPoint(xy, i, jittered, noise, rng);
            labels[i] = b.holds(jittered[0], jittered[1]) ? 1 : 0;
            ones += labels[i];
        }
        if (count > 1 && (ones == 0 || ones == count)) {
            throw new IllegalArgumentException("the boundary '" + boundary.trim() + "' puts every point in class "
                    + (ones == 0 ? 0 : 1) + " over the square -6..6; move it inside, e.g. x2 > sin(3 * x1)");
        }
        return Generators2D.classes("boundary", xy, labels, 2);
    }

    /** Regression targets f(x1, x2) as typed (not scaled: keep them near -1..1 for a tanh output). */
    public static Dataset function(String formula, int count, float noise, Rng rng) {
        Generators2D.requireArguments(count, noise);
        Formula f = new Formula(formula);
        float[] xy = new float[2 * count];
        float[] targets = new float[count];
        float[] jittered = new float[2];
        for (int i = 0; i < count; i++) {
            putPoint(xy, i, jittered, noise, rng);
            float jx = jittered[0];
            float jy = jittered[1];
            double value = f.at(jx, jy);
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("f(x1, x2) = " + formula.trim() + " is not a number at x1 = " + jx
                        + ", x2 = " + jy + "; avoid log of negatives and division by zero");
            }
            targets[i] = (float) value;
        }
        return Dataset.regression("function", xy, new int[] {2}, targets, 1, "x1", "x2");
    }

    /** Point i, uniform over the square, and the jittered copy of it that is labelled: {@code jittered} = {x, y}. */
    private static void putPoint(float[] xy, int i, float[] jittered, float noise, Rng rng) {
        float x = rng.uniform(-Generators2D.EXTENT, Generators2D.EXTENT);
        float y = rng.uniform(-Generators2D.EXTENT, Generators2D.EXTENT);
        jittered[0] = x + rng.uniform(-Generators2D.EXTENT, Generators2D.EXTENT) * noise;
        jittered[1] = y + rng.uniform(-Generators2D.EXTENT, Generators2D.EXTENT) * noise;
        Generators2D.put(xy, i, x, y);
    }

    /** A parsed formula of x1 and x2. */
    static final class Formula {
        private final ParsedExpression expression;
        private final String first;
        private final String second;

        Formula(String text) {
            if (text == null || text.trim().isEmpty()) {
                throw new IllegalArgumentException("type a formula of x1 and x2, e.g. sin(x1) * cos(x2)");
            }
            if (text.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("the formula has " + text.length() + " characters; keep it under "
                        + MAX_LENGTH);
            }
            try {
                expression = ExpressionParser.parse(text);
            } catch (ExpressionException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            String a = null;
            String b = null;
            for (String name : expression.variableNames()) {
                if (name.equals("x1") || name.equals("x")) {
                    a = name;
                } else if (name.equals("x2") || name.equals("y")) {
                    b = name;
                } else {
                    throw new IllegalArgumentException("'" + name + "' is not an input: use x1 and x2 (or x and y)");
                }
            }
            first = a;
            second = b;
        }

        double at(float x1, float x2) {
            if (first != null) {
                expression.setVariable(first, x1);
            }
            if (second != null) {
                expression.setVariable(second, x2);
            }
            return expression.evaluate();
        }
    }

    /** "lhs > rhs" as the sign of lhs - rhs. */
    static final class Boundary {
        private final Formula left;
        private final Formula right;
        private final boolean greater;

        private Boundary(Formula left, Formula right, boolean greater) {
            this.left = left;
            this.right = right;
            this.greater = greater;
        }

        static Boundary parse(String text) {
            String t = text == null ? "" : text.trim();
            int at = Math.max(t.indexOf('>'), t.indexOf('<'));
            if (at < 0) {
                return new Boundary(new Formula(t), null, true);
            }
            boolean greater = t.charAt(at) == '>';
            int after = at + 1 < t.length() && t.charAt(at + 1) == '=' ? at + 2 : at + 1;
            String rest = t.substring(after);
            if (rest.indexOf('>') >= 0 || rest.indexOf('<') >= 0) {
                throw new IllegalArgumentException("write one comparison, e.g. x2 > sin(3 * x1)");
            }
            return new Boundary(new Formula(t.substring(0, at)), new Formula(rest), greater);
        }

        boolean holds(float x1, float x2) {
            double difference = left.at(x1, x2) - (right == null ? 0 : right.at(x1, x2));
            return greater ? difference > 0 : difference < 0;
        }
    }
}
