package org.neurite.engine.nn;

/** One layer of a {@link ModelSpec}: its kind and the settings that kind uses. */
public final class LayerSpec {
    /** The layer kinds a spec may name. */
    public static final String DENSE = "dense";
    public static final String DROPOUT = "dropout";

    private final String kind;
    private final int units;
    private final Activation activation;
    private final Init init;
    private final float rate;

    private LayerSpec(String kind, int units, Activation activation, Init init, float rate) {
        this.kind = kind;
        this.units = units;
        this.activation = activation;
        this.init = init;
        this.rate = rate;
    }

    /** A dense layer; {@code init} may be null for the activation's default. */
    public static LayerSpec dense(int units, Activation activation, Init init) {
        return new LayerSpec(DENSE, units, activation, init == null ? Init.defaultFor(activation) : init, 0f);
    }

    public static LayerSpec dropout(float rate) {
        return new LayerSpec(DROPOUT, 0, null, null, rate);
    }

    public String kind() {
        return kind;
    }

    public int units() {
        return units;
    }

    public Activation activation() {
        return activation;
    }

    public Init init() {
        return init;
    }

    public float rate() {
        return rate;
    }

    /** The layer as a spec line, e.g. "dense 4 tanh" or "dropout 0.2". */
    public String toText() {
        if (DROPOUT.equals(kind)) {
            return DROPOUT + " " + rate;
        }
        String s = DENSE + " " + units + " " + activation.id();
        return init == Init.defaultFor(activation) ? s : s + " init=" + init.id();
    }
}
