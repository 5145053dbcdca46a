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
        int size = 1;
        for (int d : inputShape) {
            size *= d;
        }
        return size;
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

    /** The output width: units of the last dense layer. */
    public int outputSize() {
        int size = inputSize();
        for (LayerSpec layer : layers) {
            if (LayerSpec.DENSE.equals(layer.kind())) {
                size = layer.units();
            }
        }
        return size;
    }

    public String toText() {
        StringBuilder sb = new StringBuilder("input ");
        for (int i = 0; i < inputShape.length; i++) {
            sb.append(i == 0 ? "" : "x").append(inputShape[i]);
        }
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

        private void validate() {
            if (inputShape.length == 0) {
                throw new ModelSpecException("input: a shape is required, e.g. 'input 2' or 'input 1x28x28'");
            }
            for (int d : inputShape) {
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
            int lastDense = -1;
            for (int i = 0; i < layers.size(); i++) {
                LayerSpec layer = layers.get(i);
                String where = "layer " + (i + 1) + " (" + layer.kind() + "): ";
                if (LayerSpec.DENSE.equals(layer.kind())) {
                    if (layer.units() < 1 || layer.units() > MAX_UNITS) {
                        throw new ModelSpecException(where + "units " + layer.units() + " must be between 1 and "
                                + MAX_UNITS);
                    }
                    lastDense = i;
                } else if (!(layer.rate() >= 0f && layer.rate() < 1f)) {
                    throw new ModelSpecException(where + "rate " + layer.rate()
                            + " must be at least 0 and below 1 (e.g. 0.2)");
                }
            }
            if (lastDense < 0) {
                throw new ModelSpecException("layers: the model needs at least one dense layer (its output)");
            }
            LayerSpec output = layers.get(lastDense);
            if (lastDense != layers.size() - 1) {
                throw new ModelSpecException("layer " + layers.size() + " (dropout): the last layer must be the "
                        + "dense output layer, not dropout");
            }
            if (loss.needsLinearOutput() && output.activation() != Activation.LINEAR) {
                throw new ModelSpecException("layer " + (lastDense + 1) + " (dense): activation '"
                        + output.activation().id() + "' is not allowed on the output with loss " + loss.id()
                        + "; use 'linear' (the loss applies the " + (loss.minimumWidth() > 1 ? "softmax" : "sigmoid")
                        + " itself)");
            }
            if (output.units() < loss.minimumWidth()) {
                throw new ModelSpecException("layer " + (lastDense + 1) + " (dense): " + loss.id() + " needs at least "
                        + loss.minimumWidth() + " outputs, the output layer has " + output.units());
            }
        }
    }
}
