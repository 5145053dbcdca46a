package org.neurite.engine.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Every way to mistype an expression: the 1-based position and a message that says how to fix it. */
class ExpressionParserErrorTest {
    private static final String OPERAND = "a number, a variable, a function or '('";

    @Test
    void emptyText() {
        String detail = "empty expression; type a formula such as (x + y) * z";
        assertError("", 1, detail);
        assertError("   ", 1, detail);
        assertError(null, 1, detail);
    }

    @Test
    void anOperatorWhereAnOperandBelongs() {
        assertError("2 +* 3", 4, "unexpected '*'; expected " + OPERAND);
        assertError("* x", 1, "unexpected '*'; expected " + OPERAND);
        assertError("+x", 1, "unexpected '+'; expected " + OPERAND);
        assertError("()", 2, "unexpected ')'; expected " + OPERAND);
        assertError("x * ,", 5, "unexpected ','; expected " + OPERAND);
    }

    @Test
    void theTextStopsTooEarly() {
        assertError("x +", 4, "the expression ends too early; expected " + OPERAND + " after '+'");
        assertError("x^", 3, "the expression ends too early; expected " + OPERAND + " after '^'");
        assertError("sigmoid(", 9, "the expression ends too early; expected " + OPERAND + " after '('");
    }

    @Test
    void anUnclosedParenthesis() {
        assertError("2 * (x + y", 11,
                "expected ')' to close the '(' at position 5, found the end of the expression");
        assertError("3 * (x + (y", 12,
                "expected ')' to close the '(' at position 10, found the end of the expression");
        assertError("tanh(x y)", 8, "expected ')' to close the '(' at position 5, found 'y'");
        assertError("max(x, y, z)", 9, "expected ')' to close the '(' at position 4, found ','");
    }

    @Test
    void leftoversAfterACompleteExpression() {
        String join = " after a complete expression; join the two with an operator, for example * to multiply";
        assertError("x y", 3, "unexpected 'y'" + join);
        assertError("2x", 2, "unexpected 'x'" + join);
        assertError("(x + 1)(x - 1)", 8, "unexpected '('" + join);
        assertError("x)", 2, "unexpected ')' with no '(' to close");
        assertError("x, y", 2, "unexpected ','; a comma only separates the two arguments of max(a, b)");
    }

    @Test
    void functionsThatDoNotExistOrAreMisused() {
        String allowed = " (allowed: sigmoid, tanh, relu, exp, log, sin, cos, max)";
        assertError("sinh(x)", 1, "unknown function 'sinh'" + allowed);
        assertError("x + 2 * foo(y)", 9, "unknown function 'foo'" + allowed);
        assertError("x(y + 1)", 1, "unknown function 'x'" + allowed);
        assertError("exp + 1", 1, "'exp' is a function; write exp(...) with its argument in parentheses");
        assertError("2 * max", 5, "'max' is a function; write max(...) with its argument in parentheses");
        assertError("max(x)", 6, "max takes two arguments separated by a comma, as in max(a, b); found ')'");
        assertError("exp(x, y)", 6, "exp takes one argument; only max takes two");
    }

    @Test
    void badCharactersAndNumbers() {
        assertError("x # y", 3, "unexpected character '#'; use numbers, names, + - * / ^, parentheses and commas");
        assertError("2 × 3", 3, "unexpected character '×'; use numbers, names, + - * / ^, parentheses and commas");
        assertError("1.2.3", 4, "a number can have only one decimal point");
        assertError("x + .", 5, "a '.' must belong to a number, as in 0.5");
        assertError("1e999", 1, "the number 1e999 is too large; numbers must stay below about 1.8e308");
    }

    @Test
    void anExponentThatDependsOnAVariable() {
        assertError("x^y", 3, "the exponent must be a number, not depend on a variable; "
                + "for a variable exponent write exp(y * log(x))");
        assertError("(x+1)^(2*y)", 7, "the exponent must be a number, not depend on a variable; "
                + "for a variable exponent write exp((2*y) * log((x+1)))");
        assertError("2^-t", 3, "the exponent must be a number, not depend on a variable; "
                + "for a variable exponent write exp(-t * log(2))");
    }

    @Test
    void nestingTooDeep() {
        String text = "(".repeat(150) + "x" + ")".repeat(150);
        assertError(text, ExpressionParser.MAX_NESTING + 1,
                "the expression is nested more than 100 levels deep; simplify it");
        ExpressionParser.parse("(".repeat(90) + "x" + ")".repeat(90));
    }

    private static void assertError(String text, int position, String detail) {
        ExpressionException error = assertThrows(ExpressionException.class, () -> ExpressionParser.parse(text),
                "parsing \"" + text + "\"");
        assertEquals(detail, error.detail(), "parsing \"" + text + "\"");
        assertEquals(position, error.position(), "position for \"" + text + "\"");
        assertEquals("position " + position + ": " + detail, error.getMessage());
    }
}
