package org.neurite.web.lessons;

import org.neurite.engine.graph.Node;
import org.neurite.engine.graph.Op;

/** How lesson 7 writes a gate: with its inputs' names ("x + y") or their values ("-2 + 5"). */
final class GateText {
    private GateText() {
    }

    /** The gate's formula over its inputs' labels. */
    static String formula(Node gate) {
        String a = name(gate.input(0));
        String b = gate.inputCount() > 1 ? name(gate.input(1)) : "";
        return write(gate, a, b);
    }

    /** The gate's formula with its inputs' current values in place of their names. */
    static String withValues(Node gate) {
        // A negative first operand needs no parentheses ("-2 + 5"), except under a power or a minus sign.
        boolean wrapFirst = gate.op() == Op.POW || gate.op() == Op.NEG;
        double first = gate.input(0).value();
        String a = wrapFirst ? Shown.term(first) : Shown.number(first);
        String b = gate.inputCount() > 1 ? Shown.term(gate.input(1).value()) : "";
        return write(gate, a, b);
    }

    private static String write(Node gate, String a, String b) {
        Op op = gate.op();
        switch (op) {
            case ADD: return a + " + " + b;
            case SUB: return a + " − " + b;
            case MUL: return a + " × " + b;
            case DIV: return a + " ÷ " + b;
            case POW: return a + "^" + Shown.number(gate.exponent());
            case NEG: return "−" + a;
            case MAX: return "max(" + a + ", " + b + ")";
            default: return op.symbol() + "(" + a + ")";
        }
    }

    /** A node's name as the lesson writes it: its label, or the gate's symbol if it has none. */
    static String name(Node node) {
        return node.label().isEmpty() ? node.op().symbol() : node.label();
    }

    /**
     * Why {@code gate} has no finite value, in the words a student would use: "division by zero", "log of a
     * negative number". The gate is the first one without a value, so its inputs are finite.
     */
    static String whyNoValue(Node gate) {
        double a = gate.inputCount() > 0 ? gate.input(0).value() : Double.NaN;
        switch (gate.op()) {
            case DIV:
                return gate.input(1).value() == 0 ? "division by zero" : "a quotient too large for a number";
            case LOG:
                return a < 0 ? "log of a negative number" : a == 0 ? "log of zero, which is minus infinity"
                        : "a log too large for a number";
            case POW:
                return a < 0 ? "a negative number to a fractional power" : a == 0 ? "zero to a negative power"
                        : "a power too large for a number";
            default:
                return GateText.name(gate) + " is too large for a number";
        }
    }

    /** Why the gate's local gradient is what it is, in one short phrase. */
    static String rule(Op op) {
        switch (op) {
            case ADD: return "an add gate passes the gradient on unchanged";
            case SUB: return "a subtract gate passes it on, flipping the sign for the second input";
            case MUL: return "a multiply gate swaps its inputs: each gets the other's value";
            case DIV: return "d(a/b)/da = 1/b, d(a/b)/db = −a/b²";
            case POW: return "d(aⁿ)/da = n aⁿ⁻¹";
            case NEG: return "negation flips the sign";
            case MAX: return "max routes the whole gradient to the larger input";
            case SIGMOID: return "σ′ = σ(1 − σ)";
            case TANH: return "tanh′ = 1 − tanh²";
            case RELU: return "ReLU lets the gradient through only where its input is positive";
            case EXP: return "eᵃ is its own derivative";
            case LOG: return "d(log a)/da = 1/a";
            case SIN: return "sin′ = cos";
            case COS: return "cos′ = −sin";
            default: return "";
        }
    }
}
