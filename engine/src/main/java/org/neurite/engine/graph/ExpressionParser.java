package org.neurite.engine.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a learner's formula, such as {@code (x + y) * z} or {@code sigmoid(w2 * relu(w1 * a))}, into a
 * {@link ParsedExpression}. Recursive descent, one method per precedence level, loosest first:
 *
 * <pre>
 *   sum      := product (('+' | '-') product)*
 *   product  := signed (('*' | '/') signed)*
 *   signed   := '-' signed | power
 *   power    := atom ('^' signed)?          right-associative: 2^3^2 = 2^9 = 512
 *   atom     := number | variable | function '(' sum (',' sum)? ')' | '(' sum ')'
 * </pre>
 *
 * <p>Unary minus binds looser than {@code ^}, as in written maths and Python: {@code -2^2 = -(2^2) = -4},
 * while an exponent may carry its own sign: {@code 2^-1 = 0.5}. Exponents must be constant (micrograd's
 * rule, which keeps each power gate's local gradient n x^(n-1)); a constant expression such as
 * {@code x^(1/2)} is folded to its number. A variable used twice is one node, so {@code x * x} has gradient
 * 2x. Functions: sigmoid, tanh, relu, exp, log, sin, cos (one argument) and max (two).
 */
public final class ExpressionParser {
    /** Nesting deeper than this is surely a typo, and would risk the browser's small call stack. */
    static final int MAX_NESTING = 100;
    private static final String ALLOWED_FUNCTIONS = "sigmoid, tanh, relu, exp, log, sin, cos, max";

    private final String text;
    private final List<Token> tokens;
    private final Map<String, Node> variables = new LinkedHashMap<>();
    private int next;
    private int depth;

    private ExpressionParser(String text) {
        this.text = text;
        this.tokens = ExpressionTokenizer.tokenize(text);
    }

    /** Parses {@code text}; throws {@link ExpressionException} naming the position and what to fix. */
    public static ParsedExpression parse(String text) {
        if (text == null) {
            throw new ExpressionException(1, "empty expression; type a formula such as (x + y) * z");
        }
        ExpressionParser parser = new ExpressionParser(text);
        if (parser.peek().kind == Token.Kind.END) {
            throw new ExpressionException(1, "empty expression; type a formula such as (x + y) * z");
        }
        Node output = parser.sum();
        parser.expectEnd();
        return new ParsedExpression(text, output, parser.variables);
    }

    private Node sum() {
        Node left = product();
        while (peek().isSymbol('+') || peek().isSymbol('-')) {
            Op op = advance().isSymbol('+') ? Op.ADD : Op.SUB;
            left = Node.apply(op, left, product());
        }
        return left;
    }

    private Node product() {
        Node left = signed();
        while (peek().isSymbol('*') || peek().isSymbol('/')) {
            Op op = advance().isSymbol('*') ? Op.MUL : Op.DIV;
            left = Node.apply(op, left, signed());
        }
        return left;
    }

    /** Every nested construct passes through here, so this is where nesting is counted. */
    private Node signed() {
        if (++depth > MAX_NESTING) {
            throw new ExpressionException(peek().position, "the expression is nested more than "
                    + MAX_NESTING + " levels deep; simplify it");
        }
        Node result;
        if (peek().isSymbol('-')) {
            advance();
            result = signed().neg();
        } else {
            result = power();
        }
        depth--;
        return result;
    }

    private Node power() {
        int baseStart = peek().position;
        Node base = atom();
        if (!peek().isSymbol('^')) {
            return base;
        }
        int baseEnd = previous().lastPosition();
        advance();
        Token exponentStart = peek();
        Node exponent = signed();
        if (exponent.dependsOnInput()) {
            String baseText = text.substring(baseStart - 1, baseEnd);
            String exponentText = text.substring(exponentStart.position - 1, previous().lastPosition());
            throw new ExpressionException(exponentStart.position, "the exponent must be a number, not "
                    + "depend on a variable; for a variable exponent write exp(" + exponentText + " * log("
                    + baseText + "))");
        }
        return base.pow(exponent.value());
    }

    private Node atom() {
        Token token = advance();
        if (token.kind == Token.Kind.NUMBER) {
            return Node.constant(token.number).named(token.text);
        }
        if (token.kind == Token.Kind.NAME) {
            return peek().isSymbol('(') ? functionCall(token) : variable(token);
        }
        if (token.isSymbol('(')) {
            Node inner = sum();
            expectClosing(token);
            return inner;
        }
        String expected = "a number, a variable, a function or '('";
        if (token.kind == Token.Kind.END) {
            throw new ExpressionException(token.position, "the expression ends too early; expected "
                    + expected + " after " + previous().describe());
        }
        throw new ExpressionException(token.position, "unexpected " + token.describe() + "; expected "
                + expected);
    }

    private Node variable(Token name) {
        if (isFunction(name.text)) {
            throw new ExpressionException(name.position, "'" + name.text + "' is a function; write "
                    + name.text + "(...) with its argument in parentheses");
        }
        Node node = variables.get(name.text);
        if (node == null) {
            node = Node.input(name.text, 0.0);
            variables.put(name.text, node);
        }
        return node;
    }

    private Node functionCall(Token name) {
        if (!isFunction(name.text)) {
            throw new ExpressionException(name.position, "unknown function '" + name.text + "' (allowed: "
                    + ALLOWED_FUNCTIONS + ")");
        }
        Token open = advance();
        Node first = sum();
        Node result;
        if (name.text.equals("max")) {
            if (!peek().isSymbol(',')) {
                throw new ExpressionException(peek().position, "max takes two arguments separated by a comma, "
                        + "as in max(a, b); found " + peek().describe());
            }
            advance();
            result = first.max(sum());
        } else {
            Op op = functionOp(name.text);
            if (peek().isSymbol(',')) {
                throw new ExpressionException(peek().position, name.text + " takes one argument; only max "
                        + "takes two");
            }
            result = first.apply(op);
        }
        expectClosing(open);
        return result;
    }

    private static boolean isFunction(String name) {
        return functionOp(name) != null || name.equals("max");
    }

    /** The one-argument functions; null for any other name (max is handled apart: it takes two). */
    private static Op functionOp(String name) {
        switch (name) {
            case "sigmoid": return Op.SIGMOID;
            case "tanh": return Op.TANH;
            case "relu": return Op.RELU;
            case "exp": return Op.EXP;
            case "log": return Op.LOG;
            case "sin": return Op.SIN;
            case "cos": return Op.COS;
            default: return null;
        }
    }

    private void expectClosing(Token open) {
        if (!peek().isSymbol(')')) {
            throw new ExpressionException(peek().position, "expected ')' to close the '(' at position "
                    + open.position + ", found " + peek().describe());
        }
        advance();
    }

    private void expectEnd() {
        Token token = peek();
        if (token.kind == Token.Kind.END) {
            return;
        }
        String problem;
        if (token.isSymbol(')')) {
            problem = "unexpected ')' with no '(' to close";
        } else if (token.isSymbol(',')) {
            problem = "unexpected ','; a comma only separates the two arguments of max(a, b)";
        } else {
            problem = "unexpected " + token.describe() + " after a complete expression; join the two with "
                    + "an operator, for example * to multiply";
        }
        throw new ExpressionException(token.position, problem);
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token previous() {
        return tokens.get(next - 1);
    }

    private Token advance() {
        Token token = tokens.get(next);
        if (token.kind != Token.Kind.END) {
            next++;
        }
        return token;
    }
}
