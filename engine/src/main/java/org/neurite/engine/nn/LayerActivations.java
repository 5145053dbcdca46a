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
    private float[] slice = new float[0];
    private float[] scratch = new float[0];
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
        computeRange(input, 0, batch, batch);
    }

    /**
     * Inference on samples {@code start .. start+count} of a batch of {@code total} samples, filling that part
     * of every layer's outputs and of the prediction: a large batch (a fine grid) computed a slice at a time,
     * so that no single call takes long. The other samples keep what an earlier call left.
     */
    public void computeRange(float[] input, int start, int count, int total) {
        if (start < 0 || count < 0 || start + count > total) {
            throw new IllegalArgumentException("samples " + start + " to " + (start + count) + " are not within a"
                    + " batch of " + total);
        }
        this.batch = total;
        int features = model.inputSize();
        float[] x = input;
        if (start > 0) {
            if (slice.length < count * features) {
                slice = new float[count * features];
            }
            System.arraycopy(input, start * features, slice, 0, count * features);
            x = slice;
        }
        for (int i = 0; i < outputs.length; i++) {
            Layer layer = model.layer(i);
            x = layer.forward(x, count, false);
            int width = layer.outputSize();
            if (outputs[i].length < total * width) {
                outputs[i] = java.util.Arrays.copyOf(outputs[i], total * width);
            }
            System.arraycopy(x, 0, outputs[i], start * width, count * width);
        }
        int width = model.outputSize();
        if (scratch.length < count * width) {
            scratch = new float[count * width];
        }
        model.loss().toPrediction(x, scratch, count, width);
        if (prediction.length < total * width) {
            prediction = java.util.Arrays.copyOf(prediction, total * width);
        }
        System.arraycopy(scratch, 0, prediction, start * width, count * width);
    }

    /** Samples in the batch of the last {@link #compute} or {@link #computeRange} call. */
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
