package org.neurite.engine.nn;

import org.neurite.engine.random.Rng;

/** One layer of a {@link ModelSpec}: its kind and the settings that kind uses. */
public final class LayerSpec {
    /** The layer kinds a spec may name. */
    public static final String DENSE = "dense";
    public static final String DROPOUT = "dropout";
    public static final String CONV = "conv";
    public static final String MAXPOOL = "maxpool";
    public static final String FLATTEN = "flatten";

    private final String kind;
    private final int units;
    private final Activation activation;
    private final Init init;
    private final float rate;
    private final int kernel;
    private final int stride;
    private final boolean same;

    private LayerSpec(String kind, int units, Activation activation, Init init, float rate, int kernel, int stride,
                      boolean same) {
        this.kind = kind;
        this.units = units;
        this.activation = activation;
        this.init = init;
        this.rate = rate;
        this.kernel = kernel;
        this.stride = stride;
        this.same = same;
    }

    /** A dense layer; {@code init} may be null for the activation's default. */
    public static LayerSpec dense(int units, Activation activation, Init init) {
        return new LayerSpec(DENSE, units, activation, orDefault(init, activation), 0f, 0, 0, false);
    }

    public static LayerSpec dropout(float rate) {
        return new LayerSpec(DROPOUT, 0, null, null, rate, 0, 0, false);
    }

    /** A convolution of {@code filters} kernels of size kernel x kernel; 'same' padding keeps the size at stride 1. */
    public static LayerSpec conv(int filters, int kernel, int stride, boolean same, Activation activation, Init init) {
        return new LayerSpec(CONV, filters, activation, orDefault(init, activation), 0f, kernel, stride, same);
    }

    /** Max pooling over size x size windows with stride size. */
    public static LayerSpec maxPool(int size) {
        return new LayerSpec(MAXPOOL, 0, null, null, 0f, size, size, false);
    }

    public static LayerSpec flatten() {
        return new LayerSpec(FLATTEN, 0, null, null, 0f, 0, 0, false);
    }

    private static Init orDefault(Init init, Activation activation) {
        return init == null ? Init.defaultFor(activation) : init;
    }

    public String kind() {
        return kind;
    }

    /** Units of a dense layer, filters of a convolution. */
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

    /** Kernel size of a convolution, window size of a pooling layer. */
    public int kernel() {
        return kernel;
    }

    public int stride() {
        return stride;
    }

    /** Whether a convolution pads to keep the size ('same') rather than shrinking ('valid'). */
    public boolean same() {
        return same;
    }

    /** Whether this layer has weights (dense and conv). */
    public boolean hasWeights() {
        return DENSE.equals(kind) || CONV.equals(kind);
    }

    /** Builds the layer for samples of {@code inputShape}. */
    Layer create(int[] inputShape, Rng rng) {
        switch (kind) {
            case DENSE:
                return new Dense(Shapes.size(inputShape), units, activation, init, rng);
            case CONV:
                return new Conv2D(inputShape, units, kernel, stride, same, activation, init, rng);
            case MAXPOOL:
                return new MaxPool2D(inputShape, kernel);
            case FLATTEN:
                return new Flatten(inputShape);
            default:
                return new Dropout(inputShape, rate, rng);
        }
    }

    /** The layer as a spec part, e.g. "dense 4 tanh", "conv 8 5 relu", "maxpool 2" or "dropout 0.2". */
    public String toText() {
        switch (kind) {
            case DROPOUT:
                return DROPOUT + " " + rate;
            case MAXPOOL:
                return MAXPOOL + " " + kernel;
            case FLATTEN:
                return FLATTEN;
            case CONV:
                return CONV + " " + units + " " + kernel + " " + activation.id()
                        + (stride == 1 ? "" : " stride=" + stride) + (same ? "" : " padding=valid") + initText();
            default:
                return DENSE + " " + units + " " + activation.id() + initText();
        }
    }

    private String initText() {
        return init == Init.defaultFor(activation) ? "" : " init=" + init.id();
    }
}
