package org.neurite.engine.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.neurite.engine.loss.Loss;

/**
 * A validated description of a model: input shape, layers, loss. Its text form is what model files,
 * URLs and the server's API carry, for example
 * {@code input 2 | dense 4 tanh | dense 1 linear | loss binaryCrossEntropy}.
 */
public final class ModelSpec {
    public static final int MAX_UNITS = 4096;
    public static final int MAX_KERNEL = 15;
    /**
     * Most values one sample may have at the input or after any layer (a 4096x4096 image). Far above any model
     * a page trains, and low enough that sizes stay exact in int arithmetic and a spec read from an untrusted
     * file cannot ask for gigabytes per sample.
     */
    public static final int MAX_VALUES_PER_SAMPLE = 1 << 24;

    private final int[] inputShape;
    private final List<LayerSpec> layers;
    private final String lossId;

    private ModelSpec(int[] inputShape, List<LayerSpec> layers, String lossId) {
        this.inputShape = inputShape.clone();
        this.layers = Collections.unmodifiableList(new ArrayList<>(layers));
        this.lossId = lossId;
    }

    public static Builder builder(int... inputShape) {
        return new Builder(inputShape);
    }

    public int[] inputShape() {
        return inputShape.clone();
    }

    public int inputSize() {
        return Shapes.size(inputShape);
    }

    public List<LayerSpec> layers() {
        return layers;
    }

    public String lossId() {
        return lossId;
    }

    public Loss loss() {
        return Loss.byId(lossId);
    }

    /** The output width: units of the last layer, which is always dense. */
    public int outputSize() {
        return layers.get(layers.size() - 1).units();
    }

    public String toText() {
        StringBuilder sb = new StringBuilder("input ").append(Shapes.text(inputShape));
        for (LayerSpec layer : layers) {
            sb.append(" | ").append(layer.toText());
        }
        return sb.append(" | loss ").append(lossId).toString();
    }

    @Override
    public String toString() {
        return toText();
    }

    /** Parses the text form; errors name the part, the value and what is allowed. */
    public static ModelSpec parse(String text) {
        return ModelSpecParser.parse(text);
    }

    /** Collects layers, then validates everything in {@link #build()}. */
    public static final class Builder {
        private final int[] inputShape;
        private final List<LayerSpec> layers = new ArrayList<>();
        private String lossId = "mse";

        Builder(int[] inputShape) {
            this.inputShape = inputShape.clone();
        }

        public Builder dense(int units, Activation activation) {
            return layer(LayerSpec.dense(units, activation, null));
        }

        public Builder dense(int units, Activation activation, Init init) {
            return layer(LayerSpec.dense(units, activation, init));
        }

        public Builder conv(int filters, int kernel, Activation activation) {
            return layer(LayerSpec.conv(filters, kernel, 1, true, activation, null));
        }

        public Builder maxPool(int size) {
            return layer(LayerSpec.maxPool(size));
        }

        public Builder flatten() {
            return layer(LayerSpec.flatten());
        }

        public Builder dropout(float rate) {
            return layer(LayerSpec.dropout(rate));
        }

        public Builder layer(LayerSpec layer) {
            layers.add(layer);
            return this;
        }

        public Builder loss(String id) {
            this.lossId = id;
            return this;
        }

        public ModelSpec build() {
            validate();
            return new ModelSpec(inputShape, layers, Loss.byId(lossId).id());
        }

        private static void requireSampleSize(int[] shape, String what) {
            long size = 1;
            for (int d : shape) {
                size *= d;
                if (size > MAX_VALUES_PER_SAMPLE) {
                    throw new ModelSpecException(what + " has more than " + MAX_VALUES_PER_SAMPLE
                            + " values per sample; use a smaller input, fewer filters or a stride");
                }
            }
        }

        private void validate() {
            int[] shape = inputShape.clone();
            if (shape.length == 0 || shape.length == 2 || shape.length > 3) {
                throw new ModelSpecException("input: shape '" + Shapes.text(shape) + "' must be a size (e.g. 'input 2')"
                        + " or channels x height x width (e.g. 'input 1x28x28')");
            }
            for (int d : shape) {
                if (d <= 0) {
                    throw new ModelSpecException("input: dimension " + d + " must be at least 1");
                }
            }
            Loss loss;
            try {
                loss = Loss.byId(lossId);
            } catch (IllegalArgumentException e) {
                throw new ModelSpecException("loss: " + e.getMessage());
            }
            if (layers.isEmpty() || !LayerSpec.DENSE.equals(layers.get(layers.size() - 1).kind())) {
                throw new ModelSpecException("layers: the last layer must be a dense layer (the output), e.g. "
                        + "'dense 1 linear'");
            }
            requireSampleSize(shape, "input: shape '" + Shapes.text(shape) + "'");
            for (int i = 0; i < layers.size(); i++) {
                String where = "layer " + (i + 1) + " (" + layers.get(i).kind() + "): ";
                shape = LayerShapes.check(layers.get(i), shape, where);
                requireSampleSize(shape, where + "output " + Shapes.text(shape));
            }
            int last = layers.size();
            LayerSpec output = layers.get(last - 1);
            if (loss.needsLinearOutput() && output.activation() != Activation.LINEAR) {
                throw new ModelSpecException("layer " + last + " (dense): activation '"
                        + output.activation().id() + "' is not allowed on the output with loss " + loss.id()
                        + "; use 'linear' (the loss applies the " + (loss.minimumWidth() > 1 ? "softmax" : "sigmoid")
                        + " itself)");
            }
            if (output.units() < loss.minimumWidth()) {
                throw new ModelSpecException("layer " + last + " (dense): " + loss.id() + " needs at least "
                        + loss.minimumWidth() + " outputs, the output layer has " + output.units());
            }
        }
    }
}
