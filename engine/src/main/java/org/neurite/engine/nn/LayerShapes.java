package org.neurite.engine.nn;

/** Checks one layer spec against the shape it receives and returns the shape it produces. */
final class LayerShapes {
    private LayerShapes() {
    }

    static int[] check(LayerSpec layer, int[] in, String where) {
        switch (layer.kind()) {
            case LayerSpec.DENSE:
                requireRange(where, "units", layer.units(), 1, ModelSpec.MAX_UNITS);
                return new int[] {layer.units()};
            case LayerSpec.DROPOUT:
                if (!(layer.rate() >= 0f && layer.rate() < 1f)) {
                    throw new ModelSpecException(where + "rate " + layer.rate()
                            + " must be at least 0 and below 1 (e.g. 0.2)");
                }
                return in;
            case LayerSpec.FLATTEN:
                return new int[] {Shapes.size(in)};
            case LayerSpec.CONV:
                requireImage(where, in);
                requireRange(where, "filters", layer.units(), 1, 512);
                requireRange(where, "kernel", layer.kernel(), 1, ModelSpec.MAX_KERNEL);
                requireRange(where, "stride", layer.stride(), 1, 4);
                if (!layer.same() && (layer.kernel() > in[1] || layer.kernel() > in[2])) {
                    throw new ModelSpecException(where + "kernel " + layer.kernel() + " is larger than its "
                            + in[1] + "x" + in[2] + " input; use a smaller kernel or padding=same");
                }
                return new int[] {layer.units(),
                    Shapes.outputLength(in[1], layer.kernel(), layer.stride(), layer.same()),
                    Shapes.outputLength(in[2], layer.kernel(), layer.stride(), layer.same())};
            case LayerSpec.MAXPOOL:
                requireImage(where, in);
                requireRange(where, "size", layer.kernel(), 2, 8);
                if (layer.kernel() > in[1] || layer.kernel() > in[2]) {
                    throw new ModelSpecException(where + "window " + layer.kernel() + " is larger than its "
                            + in[1] + "x" + in[2] + " input; remove this pooling layer or use a smaller window");
                }
                return new int[] {in[0], in[1] / layer.kernel(), in[2] / layer.kernel()};
            default:
                throw new ModelSpecException(where + "unknown layer kind '" + layer.kind()
                        + "' (allowed: dense, conv, maxpool, flatten, dropout)");
        }
    }

    private static void requireImage(String where, int[] in) {
        if (in.length != 3) {
            throw new ModelSpecException(where + "needs image input (channels x height x width, e.g. "
                    + "'input 1x28x28') but receives " + Shapes.text(in) + " values; put convolution and pooling "
                    + "before any dense layer");
        }
    }

    private static void requireRange(String where, String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ModelSpecException(where + field + " " + value + " must be between " + min + " and " + max);
        }
    }
}
