package org.neurite.engine.nn;

import java.util.ArrayList;
import java.util.List;
import org.neurite.engine.loss.Loss;
import org.neurite.engine.random.Rng;

/** A sequence of layers built from a {@link ModelSpec}, with the loss that reads its output. */
public final class Model {
    private final ModelSpec spec;
    private final Layer[] layers;
    private final Param[] params;
    private final Loss loss;
    private float[] prediction = new float[0];

    private Model(ModelSpec spec, Layer[] layers) {
        this.spec = spec;
        this.layers = layers;
        this.loss = spec.loss();
        List<Param> all = new ArrayList<>();
        for (Layer layer : layers) {
            for (Param p : layer.params()) {
                all.add(p);
            }
        }
        this.params = all.toArray(new Param[0]);
    }

    /** Builds the layers of {@code spec} with weights initialised from {@code rng}. */
    public static Model create(ModelSpec spec, Rng rng) {
        List<LayerSpec> specs = spec.layers();
        Layer[] layers = new Layer[specs.size()];
        int[] shape = spec.inputShape();
        for (int i = 0; i < layers.length; i++) {
            layers[i] = specs.get(i).create(shape, rng);
            shape = layers[i].outputShape();
        }
        return new Model(spec, layers);
    }

    public ModelSpec spec() {
        return spec;
    }

    public Loss loss() {
        return loss;
    }

    public Layer[] layers() {
        return layers.clone();
    }

    public Layer layer(int index) {
        return layers[index];
    }

    public int layerCount() {
        return layers.length;
    }

    /** All trainable parameters, layer by layer (weights before biases). */
    public Param[] params() {
        return params.clone();
    }

    public int parameterCount() {
        int n = 0;
        for (Param p : params) {
            n += p.size();
        }
        return n;
    }

    public int inputSize() {
        return spec.inputSize();
    }

    public int outputSize() {
        return layers[layers.length - 1].outputSize();
    }

    /** Raw outputs (logits for the cross-entropy losses) of {@code batch} samples. */
    public float[] forward(float[] input, int batch, boolean training) {
        float[] x = input;
        for (Layer layer : layers) {
            x = layer.forward(x, batch, training);
        }
        return x;
    }

    /** Backpropagates dLoss/dOutput of the last forward batch, filling every parameter's gradient. */
    public void backward(float[] gradOutput, int batch) {
        float[] g = gradOutput;
        for (int i = layers.length - 1; i >= 0; i--) {
            g = layers[i].backward(g, batch, i > 0);
        }
    }

    /**
     * What the model predicts for {@code batch} samples: probabilities for cross-entropy, values for MSE.
     * The returned buffer belongs to the model and is overwritten by the next call.
     */
    public float[] predict(float[] input, int batch) {
        float[] out = forward(input, batch, false);
        int n = batch * outputSize();
        if (prediction.length < n) {
            prediction = new float[n];
        }
        loss.toPrediction(out, prediction, batch, outputSize());
        return prediction;
    }

    /** Copies every parameter value of {@code other}, which must have the same spec. */
    public void copyWeightsFrom(Model other) {
        if (!spec.toText().equals(other.spec.toText())) {
            throw new IllegalArgumentException("cannot copy weights from a model with spec '" + other.spec
                    + "' into '" + spec + "'");
        }
        for (int i = 0; i < params.length; i++) {
            System.arraycopy(other.params[i].value(), 0, params[i].value(), 0, params[i].size());
        }
    }

    /** FNV-1a over the bits of every weight: equal digests mean bit-identical weights. */
    public String weightDigest() {
        int h = 0x811C9DC5;
        for (Param p : params) {
            float[] v = p.value();
            for (float f : v) {
                int bits = Float.floatToIntBits(f);
                for (int s = 0; s < 32; s += 8) {
                    h = (h ^ ((bits >>> s) & 0xFF)) * 0x01000193;
                }
            }
        }
        String hex = Integer.toHexString(h);
        return "00000000".substring(hex.length()) + hex;
    }
}
