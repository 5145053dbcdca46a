package org.neurite.engine.nn;

/**
 * Runs a batch through a model and keeps what every layer put out, plus the model's prediction: what each
 * neuron computes over a whole grid of points, from one forward pass. The model's own buffers are reused
 * by the next pass (training, evaluation), so the outputs are copied into buffers owned here.
 *
 * <pre>{@code
 * LayerActivations seen = new LayerActivations(model);
 * seen.compute(gridFeatures, gridSize);
 * float[] firstLayer = seen.output(0);   // gridSize x units, row after row
 * }</pre>
 */
public final class LayerActivations {
    private final Model model;
    private final float[][] outputs;
    private float[] prediction = new float[0];
    private int batch;

    public LayerActivations(Model model) {
        this.model = model;
        this.outputs = new float[model.layerCount()][0];
    }

    public Model model() {
        return model;
    }

    /** Inference on {@code batch} samples of {@code input} (no dropout); fills every layer's outputs. */
    public void compute(float[] input, int batch) {
        this.batch = batch;
        float[] x = input;
        for (int i = 0; i < outputs.length; i++) {
            Layer layer = model.layer(i);
            x = layer.forward(x, batch, false);
            int n = batch * layer.outputSize();
            if (outputs[i].length < n) {
                outputs[i] = new float[n];
            }
            System.arraycopy(x, 0, outputs[i], 0, n);
        }
        int width = model.outputSize();
        if (prediction.length < batch * width) {
            prediction = new float[batch * width];
        }
        model.loss().toPrediction(x, prediction, batch, width);
    }

    /** Samples in the last {@link #compute} call. */
    public int batch() {
        return batch;
    }

    /**
     * What layer {@code index} put out for each sample: {@code batch() x width(index)} values, row after row.
     * The activation applied, so a tanh layer gives values in (-1, 1). The output layer gives raw outputs
     * (logits for the cross-entropy losses); {@link #prediction()} gives what the model predicts.
     */
    public float[] output(int index) {
        return outputs[index];
    }

    /** Values per sample that layer {@code index} puts out. */
    public int width(int index) {
        return model.layer(index).outputSize();
    }

    /** The model's prediction per sample (probabilities for cross-entropy, values for MSE). */
    public float[] prediction() {
        return prediction;
    }
}
