package org.neurite.engine.nn;

/**
 * What a layer has learned, cut into images a person can look at: the weights a first dense layer gives to
 * the 784 pixels of its input (one 28 x 28 picture per unit), the kernels of a convolution, and the feature
 * maps a convolution puts out for one input. Views colour these values; they never index weights themselves.
 */
public final class LayerImages {
    private LayerImages() {
    }

    /** The first layer with weights (dense or conv), or -1 when the model has none. */
    public static int firstWeightedLayer(Model model) {
        for (int i = 0; i < model.layerCount(); i++) {
            Layer layer = model.layer(i);
            if (layer instanceof Dense || layer instanceof Conv2D) {
                return i;
            }
        }
        return -1;
    }

    /** The weights from every input of {@code layer} into unit {@code unit}: W is [inputs x units], so a column. */
    public static float[] denseUnit(Dense layer, int unit) {
        float[] w = layer.weights().value();
        int units = layer.outputSize();
        if (unit < 0 || unit >= units) {
            throw new IllegalArgumentException("unit " + unit + " is outside 0.." + (units - 1));
        }
        int inputs = w.length / units;
        float[] column = new float[inputs];
        for (int i = 0; i < inputs; i++) {
            column[i] = w[i * units + unit];
        }
        return column;
    }

    /** The k x k kernel that filter {@code filter} applies to input channel {@code channel}. */
    public static float[] convKernel(Conv2D layer, int filter, int channel) {
        int[] shape = layer.weights().shape(); // [filters, channels, k, k]
        if (filter < 0 || filter >= shape[0] || channel < 0 || channel >= shape[1]) {
            throw new IllegalArgumentException("filter " + filter + ", channel " + channel + " is outside the "
                    + shape[0] + " filters of " + shape[1] + " channels");
        }
        int size = shape[2] * shape[3];
        float[] kernel = new float[size];
        System.arraycopy(layer.weights().value(), (filter * shape[1] + channel) * size, kernel, 0, size);
        return kernel;
    }

    /**
     * Channel {@code channel} of what image layer {@code index} (a convolution or pooling layer) put out for
     * sample {@code sample} of the last {@link LayerActivations#compute}: height x width values.
     */
    public static float[] featureMap(LayerActivations seen, int index, int sample, int channel) {
        int[] shape = seen.model().layer(index).outputShape();
        if (shape.length != 3) {
            throw new IllegalArgumentException("layer " + index + " puts out " + Shapes.text(shape)
                    + " values, not channels of images");
        }
        int size = shape[1] * shape[2];
        float[] map = new float[size];
        System.arraycopy(seen.output(index), sample * shape[0] * size + channel * size, map, 0, size);
        return map;
    }

    /** The largest absolute value (0 for none): a symmetric colour scale, so zero always looks the same. */
    public static float largestMagnitude(float[] values) {
        float max = 0f;
        for (float v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
