package org.neurite.engine.nn;

import org.neurite.engine.random.Rng;

/** Weight initialisations, drawn from the engine's seeded {@link Rng}. */
public enum Init {
    /** Glorot/Xavier uniform: U(-a, a), a = sqrt(6 / (fanIn + fanOut)); suits sigmoid, tanh and linear. */
    GLOROT("glorot"),
    /** He uniform: U(-a, a), a = sqrt(6 / fanIn); keeps ReLU activations from shrinking layer by layer. */
    HE("he"),
    /** Small uniform U(-0.01, 0.01): too small for deep nets, shown in the vanishing-gradient lesson. */
    SMALL("small"),
    /** Large uniform U(-2, 2): too large for deep nets, shown in the exploding-gradient lesson. */
    LARGE("large");

    private final String id;

    Init(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Fills {@code weights} for a layer with the given fan-in and fan-out. */
    public void fill(float[] weights, int fanIn, int fanOut, Rng rng) {
        float limit;
        switch (this) {
            case GLOROT:
                limit = (float) Math.sqrt(6.0 / (fanIn + fanOut));
                break;
            case HE:
                limit = (float) Math.sqrt(6.0 / fanIn);
                break;
            case SMALL:
                limit = 0.01f;
                break;
            default:
                limit = 2f;
                break;
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] = rng.uniform(-limit, limit);
        }
    }

    /** The default for an activation: He for the ReLU family, Glorot otherwise. */
    public static Init defaultFor(Activation activation) {
        return activation == Activation.RELU || activation == Activation.LEAKY_RELU ? HE : GLOROT;
    }

    public static Init byId(String id) {
        for (Init init : values()) {
            if (init.id.equalsIgnoreCase(id)) {
                return init;
            }
        }
        throw new IllegalArgumentException("unknown init '" + id + "' (allowed: glorot, he, small, large)");
    }
}
