package org.neurite.engine.export;

import org.neurite.engine.nn.Activation;
import org.neurite.engine.nn.Param;

/**
 * One step of an exported network, as every target (PyTorch, NumPy, ONNX) writes it: a lab layer is one step or
 * two (a dense or conv layer is followed by its activation as a step of its own, as frameworks write it). The
 * weights stay in the engine's layout: a dense W is [inputs x units], a conv W is [filters][channels][k][k].
 */
public final class ExportLayer {
    /** What a step does. */
    public enum Kind { FLATTEN, DENSE, CONV, MAXPOOL, DROPOUT, ACTIVATION }

    private final Kind kind;
    private final int labLayer;
    private final String labText;
    private final int[] inputShape;
    private final Param weights;
    private final Param bias;
    private final Activation activation;
    private final int size;
    private final int stride;
    private final int[] padding;
    private final float rate;

    private ExportLayer(Kind kind, int labLayer, String labText, int[] inputShape, Param weights, Param bias,
                        Activation activation, int size, int stride, int[] padding, float rate) {
        this.kind = kind;
        this.labLayer = labLayer;
        this.labText = labText;
        this.inputShape = inputShape.clone();
        this.weights = weights;
        this.bias = bias;
        this.activation = activation;
        this.size = size;
        this.stride = stride;
        this.padding = padding;
        this.rate = rate;
    }

    static ExportLayer flatten(int labLayer, String labText, int[] inputShape) {
        return new ExportLayer(Kind.FLATTEN, labLayer, labText, inputShape, null, null, null, 0, 0, null, 0f);
    }

    static ExportLayer dense(int labLayer, String labText, int[] inputShape, Param weights, Param bias) {
        return new ExportLayer(Kind.DENSE, labLayer, labText, inputShape, weights, bias, null, 0, 0, null, 0f);
    }

    static ExportLayer conv(int labLayer, String labText, int[] inputShape, Param weights, Param bias, int stride,
                            int[] padding) {
        return new ExportLayer(Kind.CONV, labLayer, labText, inputShape, weights, bias, null,
                weights.shape()[2], stride, padding.clone(), 0f);
    }

    static ExportLayer maxPool(int labLayer, String labText, int[] inputShape, int size) {
        return new ExportLayer(Kind.MAXPOOL, labLayer, labText, inputShape, null, null, null, size, size, null, 0f);
    }

    static ExportLayer dropout(int labLayer, String labText, int[] inputShape, float rate) {
        return new ExportLayer(Kind.DROPOUT, labLayer, labText, inputShape, null, null, null, 0, 0, null, rate);
    }

    static ExportLayer activation(int labLayer, String labText, int[] inputShape, Activation activation) {
        return new ExportLayer(Kind.ACTIVATION, labLayer, labText, inputShape, null, null, activation, 0, 0, null,
                0f);
    }

    public Kind kind() {
        return kind;
    }

    /** The lab layer this step comes from, counted from 1 as the Studio's table counts them. */
    public int labLayer() {
        return labLayer;
    }

    /** The lab layer as written in its spec, e.g. "dense 128 relu". */
    public String labText() {
        return labText;
    }

    /** The shape of one input sample of this step. */
    public int[] inputShape() {
        return inputShape.clone();
    }

    /** Dense: [inputs x units]; conv: [filters][channels][k][k]; null for steps without weights. */
    public Param weights() {
        return weights;
    }

    public Param bias() {
        return bias;
    }

    /** The name of the weights in the exported files: "layer2.W". */
    public String weightsName() {
        return "layer" + labLayer + ".W";
    }

    public String biasName() {
        return "layer" + labLayer + ".b";
    }

    public Activation activation() {
        return activation;
    }

    /** Inputs of a dense step. */
    public int inputs() {
        return weights.shape()[0];
    }

    /** Units of a dense step, filters of a conv step. */
    public int units() {
        return weights.shape()[kind == Kind.CONV ? 0 : 1];
    }

    /** Input channels of a conv step. */
    public int channels() {
        return weights.shape()[1];
    }

    /** Kernel side of a conv step, window side of a pooling step. */
    public int size() {
        return size;
    }

    public int stride() {
        return stride;
    }

    /** Zeros around each image of a conv step: {top, left, bottom, right}. */
    public int[] padding() {
        return padding.clone();
    }

    /** Whether the padding is the same on all four sides (frameworks then take one number). */
    public boolean evenPadding() {
        return padding[0] == padding[1] && padding[1] == padding[2] && padding[2] == padding[3];
    }

    /** Dropout rate of a dropout step. */
    public float rate() {
        return rate;
    }
}
