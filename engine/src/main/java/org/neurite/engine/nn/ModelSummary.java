package org.neurite.engine.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The table Keras' {@code model.summary()} and tfjs-vis print: each layer with the shape it puts out and the
 * number of parameters it learns, and the total. Worked out from the spec alone, without building the layers,
 * so a person editing a model sees its size before any memory is spent on it (a too-large model is refused
 * with its size, not by running out of memory).
 */
public final class ModelSummary {
    /** Most parameters a model built in a browser tab may have: 4 x 4 bytes each (weights, grads, two Adam moments). */
    public static final long MAX_PARAMETERS = 10_000_000L;

    private final int[] inputShape;
    private final List<Row> rows;
    private final long parameterCount;
    private final long multiplyAdds;

    /** One layer: its spec text ("conv 8 5 relu"), kind, the shape of one output sample, its parameter count. */
    public static final class Row {
        private final String layer;
        private final String kind;
        private final int[] outputShape;
        private final long parameters;

        Row(String layer, String kind, int[] outputShape, long parameters) {
            this.layer = layer;
            this.kind = kind;
            this.outputShape = outputShape.clone();
            this.parameters = parameters;
        }

        public String layer() {
            return layer;
        }

        public String kind() {
            return kind;
        }

        public int[] outputShape() {
            return outputShape.clone();
        }

        /** "128" or "8x28x28", as {@link Shapes#text} writes shapes. */
        public String outputShapeText() {
            return Shapes.text(outputShape);
        }

        public long parameters() {
            return parameters;
        }
    }

    private ModelSummary(int[] inputShape, List<Row> rows, long parameterCount, long multiplyAdds) {
        this.inputShape = inputShape;
        this.rows = Collections.unmodifiableList(rows);
        this.parameterCount = parameterCount;
        this.multiplyAdds = multiplyAdds;
    }

    /** The summary of a valid spec (every shape was checked when the spec was built). */
    public static ModelSummary of(ModelSpec spec) {
        int[] shape = spec.inputShape();
        List<Row> rows = new ArrayList<>();
        long total = 0;
        long work = 0;
        List<LayerSpec> layers = spec.layers();
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec layer = layers.get(i);
            int[] out = LayerShapes.check(layer, shape, "layer " + (i + 1) + ": ");
            long parameters = parameters(layer, shape);
            rows.add(new Row(layer.toText(), layer.kind(), out, parameters));
            total += parameters;
            work += multiplyAdds(layer, shape, out);
            shape = out;
        }
        return new ModelSummary(spec.inputShape(), rows, total, work);
    }

    /** Weights plus biases: a dense layer has inputs x units + units, a convolution channels x k x k x filters + filters. */
    private static long parameters(LayerSpec layer, int[] in) {
        switch (layer.kind()) {
            case LayerSpec.DENSE:
                return ((long) Shapes.size(in) + 1) * layer.units();
            case LayerSpec.CONV:
                return ((long) in[0] * layer.kernel() * layer.kernel() + 1) * layer.units();
            default:
                return 0;
        }
    }

    /**
     * The forward pass's multiply-adds for one sample in the weighted layers: every weight once per output pixel
     * it slides over (once for a dense layer). Backward costs about twice as much again.
     */
    private static long multiplyAdds(LayerSpec layer, int[] in, int[] out) {
        switch (layer.kind()) {
            case LayerSpec.DENSE:
                return (long) Shapes.size(in) * layer.units();
            case LayerSpec.CONV:
                return (long) in[0] * layer.kernel() * layer.kernel() * layer.units() * out[1] * out[2];
            default:
                return 0;
        }
    }

    public int[] inputShape() {
        return inputShape.clone();
    }

    public List<Row> rows() {
        return rows;
    }

    public long parameterCount() {
        return parameterCount;
    }

    /** The weighted layers' multiply-adds in the forward pass of one sample. */
    public long multiplyAddsPerSample() {
        return multiplyAdds;
    }

    /** Whether the model is small enough to build here; {@link #sizeProblem()} says why not. */
    public boolean fits() {
        return parameterCount <= MAX_PARAMETERS;
    }

    /** Why the model is too large and what to do, or null when it fits. */
    public String sizeProblem() {
        if (fits()) {
            return null;
        }
        return "this model has " + parameterCount + " parameters, more than the " + MAX_PARAMETERS
                + " a browser tab can train; use fewer units, fewer filters, or pool before the dense layers";
    }
}
