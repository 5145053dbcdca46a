package org.neurite.engine.optim;

import org.neurite.engine.nn.Param;

/**
 * L1 or L2 weight penalties, applied to the weights (not the biases) by adding the penalty's gradient to
 * each weight gradient before the optimizer step. L2 adds (rate/2) sum w^2, L1 adds rate sum |w|.
 */
public final class Regularization {
    /** The kinds of penalty. */
    public enum Kind { NONE, L1, L2 }

    private static final Regularization NONE = new Regularization(Kind.NONE, 0f);

    private final Kind kind;
    private final float rate;

    private Regularization(Kind kind, float rate) {
        this.kind = kind;
        this.rate = rate;
    }

    public static Regularization none() {
        return NONE;
    }

    public static Regularization l1(float rate) {
        return new Regularization(Kind.L1, Hyperparameters.nonNegative("L1 rate", rate, "0.0001 to 0.01"));
    }

    public static Regularization l2(float rate) {
        return new Regularization(Kind.L2, Hyperparameters.nonNegative("L2 rate", rate, "0.0001 to 0.01"));
    }

    /** "none", "l1" or "l2" with a rate; the error lists the allowed names. */
    public static Regularization of(String kind, float rate) {
        switch (kind.toLowerCase()) {
            case "none":
                return none();
            case "l1":
                return l1(rate);
            case "l2":
                return l2(rate);
            default:
                throw new IllegalArgumentException("unknown regularization '" + kind + "' (allowed: none, l1, l2)");
        }
    }

    public Kind kind() {
        return kind;
    }

    public float rate() {
        return rate;
    }

    /** Adds the penalty's gradient to the gradients of the regularized parameters. */
    public void addGradients(Param[] params) {
        if (kind == Kind.NONE || rate == 0f) {
            return;
        }
        for (Param p : params) {
            if (!p.isRegularized()) {
                continue;
            }
            float[] w = p.value();
            float[] g = p.grad();
            if (kind == Kind.L2) {
                for (int i = 0; i < w.length; i++) {
                    g[i] += rate * w[i];
                }
            } else {
                for (int i = 0; i < w.length; i++) {
                    g[i] += w[i] > 0f ? rate : w[i] < 0f ? -rate : 0f;
                }
            }
        }
    }

    /** The penalty term itself, to add to the data loss. */
    public float penalty(Param[] params) {
        if (kind == Kind.NONE || rate == 0f) {
            return 0f;
        }
        double sum = 0;
        for (Param p : params) {
            if (!p.isRegularized()) {
                continue;
            }
            for (float w : p.value()) {
                sum += kind == Kind.L2 ? 0.5 * w * w : Math.abs(w);
            }
        }
        return (float) (rate * sum);
    }

    @Override
    public String toString() {
        return kind == Kind.NONE ? "none" : kind.name() + "(" + rate + ")";
    }
}
