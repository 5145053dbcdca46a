package org.neurite.engine.graph;

/**
 * The gates of the scalar graph. Each gate states its forward rule and its local gradient rule side by
 * side, so the lesson text and the code read the same way.
 *
 * <p>Unlike micrograd, which builds subtraction, division and negation out of add, multiply and power,
 * {@link #SUB}, {@link #DIV} and {@link #NEG} are gates of their own: the lesson shows one gate per
 * operator the learner typed, each reporting its own local gradient ("upstream x local = downstream").
 *
 * <p>For every gate, {@code a} is the first input's value and {@code b} the second input's value; for
 * {@link #POW}, {@code b} is the gate's constant exponent; one-input gates ignore {@code b}.
 * {@code out} is the gate's own forward value, which several local gradients reuse (sigmoid, tanh, exp).
 *
 * <p>Conventions at the points where a gradient is not defined: {@link #RELU} has local gradient 0 at 0
 * (as micrograd), and {@link #MAX} sends the whole gradient to its first input on a tie.
 */
public enum Op {
    /** A named variable the learner can edit; a leaf, so it has no rules. */
    INPUT("input", 0) {
        @Override double forward(double a, double b) { throw leaf(this); }
        @Override double localGradient(int input, double a, double b, double out) { throw leaf(this); }
    },
    /** A fixed number; a leaf, so it has no rules. */
    CONSTANT("constant", 0) {
        @Override double forward(double a, double b) { throw leaf(this); }
        @Override double localGradient(int input, double a, double b, double out) { throw leaf(this); }
    },
    /** a + b: passes the upstream gradient unchanged to both inputs. */
    ADD("+", 2) {
        @Override double forward(double a, double b) { return a + b; }
        @Override double localGradient(int input, double a, double b, double out) { return 1.0; }
    },
    /** a - b: d/da = 1, d/db = -1. */
    SUB("-", 2) {
        @Override double forward(double a, double b) { return a - b; }
        @Override double localGradient(int input, double a, double b, double out) {
            return input == 0 ? 1.0 : -1.0;
        }
    },
    /** a * b: each input's local gradient is the other input ("the multiply gate swaps"). */
    MUL("*", 2) {
        @Override double forward(double a, double b) { return a * b; }
        @Override double localGradient(int input, double a, double b, double out) {
            return input == 0 ? b : a;
        }
    },
    /** a / b: d/da = 1/b, d/db = -a/b^2; b = 0 gives infinite or NaN values, reported, not thrown. */
    DIV("/", 2) {
        @Override double forward(double a, double b) { return a / b; }
        @Override double localGradient(int input, double a, double b, double out) {
            return input == 0 ? 1.0 / b : -a / (b * b);
        }
    },
    /** a^n for a constant n: d/da = n a^(n-1). */
    POW("^", 1) {
        @Override double forward(double a, double n) { return Math.pow(a, n); }
        @Override double localGradient(int input, double a, double n, double out) {
            // a^0 is the constant 1; without this case 0 * 0^-1 would give NaN at a = 0.
            return n == 0.0 ? 0.0 : n * Math.pow(a, n - 1.0);
        }
    },
    /** -a: d/da = -1. */
    NEG("-", 1) {
        @Override double forward(double a, double b) { return -a; }
        @Override double localGradient(int input, double a, double b, double out) { return -1.0; }
    },
    /** max(a, b): routes the whole gradient to the larger input (the first one on a tie). */
    MAX("max", 2) {
        @Override double forward(double a, double b) { return Math.max(a, b); }
        @Override double localGradient(int input, double a, double b, double out) {
            boolean firstWins = a >= b;
            return (input == 0) == firstWins ? 1.0 : 0.0;
        }
    },
    /** sigmoid(a) = 1 / (1 + e^-a): d/da = out (1 - out). */
    SIGMOID("sigmoid", 1) {
        @Override double forward(double a, double b) { return 1.0 / (1.0 + Math.exp(-a)); }
        @Override double localGradient(int input, double a, double b, double out) {
            return out * (1.0 - out);
        }
    },
    /** tanh(a): d/da = 1 - out^2. */
    TANH("tanh", 1) {
        @Override double forward(double a, double b) { return Math.tanh(a); }
        @Override double localGradient(int input, double a, double b, double out) {
            return 1.0 - out * out;
        }
    },
    /** relu(a) = max(0, a): d/da = 1 where a > 0, else 0. */
    RELU("relu", 1) {
        @Override double forward(double a, double b) { return a > 0.0 ? a : 0.0; }
        @Override double localGradient(int input, double a, double b, double out) {
            return a > 0.0 ? 1.0 : 0.0;
        }
    },
    /** e^a: its own derivative. */
    EXP("exp", 1) {
        @Override double forward(double a, double b) { return Math.exp(a); }
        @Override double localGradient(int input, double a, double b, double out) { return out; }
    },
    /** Natural log: d/da = 1/a; a &lt;= 0 gives NaN or -Infinity, reported, not thrown. */
    LOG("log", 1) {
        @Override double forward(double a, double b) { return Math.log(a); }
        @Override double localGradient(int input, double a, double b, double out) { return 1.0 / a; }
    },
    /** sin(a): d/da = cos(a). Lets a typed decision boundary such as x2 > sin(3 * x1) be written. */
    SIN("sin", 1) {
        @Override double forward(double a, double b) { return Math.sin(a); }
        @Override double localGradient(int input, double a, double b, double out) { return Math.cos(a); }
    },
    /** cos(a): d/da = -sin(a). */
    COS("cos", 1) {
        @Override double forward(double a, double b) { return Math.cos(a); }
        @Override double localGradient(int input, double a, double b, double out) { return -Math.sin(a); }
    };

    private final String symbol;
    private final int arity;

    Op(String symbol, int arity) {
        this.symbol = symbol;
        this.arity = arity;
    }

    /** How the gate is written: an operator ("+", "^") or a function name ("sigmoid", "max"). */
    public String symbol() {
        return symbol;
    }

    /** How many input nodes the gate takes: 0 for leaves, 1 for POW (its exponent is a number), else 1 or 2. */
    public int arity() {
        return arity;
    }

    /** True for INPUT and CONSTANT, which hold a value instead of computing one. */
    public boolean isLeaf() {
        return arity == 0;
    }

    /** The gate's output for the given input values. */
    abstract double forward(double a, double b);

    /** d(out)/d(input number {@code input}), given the input values and the gate's own output. */
    abstract double localGradient(int input, double a, double b, double out);

    private static IllegalStateException leaf(Op op) {
        return new IllegalStateException(op.symbol + " is a leaf: it holds a value and has no gate rule");
    }
}
