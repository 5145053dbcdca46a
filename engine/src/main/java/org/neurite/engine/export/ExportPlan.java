package org.neurite.engine.export;

import java.util.ArrayList;
import java.util.List;
import org.neurite.engine.loss.BinaryCrossEntropy;
import org.neurite.engine.loss.Loss;
import org.neurite.engine.loss.SoftmaxCrossEntropy;
import org.neurite.engine.nn.Activation;
import org.neurite.engine.nn.Conv2D;
import org.neurite.engine.nn.Dense;
import org.neurite.engine.nn.Dropout;
import org.neurite.engine.nn.Layer;
import org.neurite.engine.nn.MaxPool2D;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.Shapes;

/**
 * A model as the exporters read it: the steps in order, the input shape and what turns the last step's outputs
 * into the predictions the lab shows. Written once here so that the PyTorch, NumPy and ONNX files cannot
 * disagree about the order of layers, where a flatten goes or which squashing ends the network.
 */
public final class ExportPlan {
    /** What the lab applies to the raw outputs to predict: the loss's own squashing. */
    public enum Head { NONE, SIGMOID, SOFTMAX }

    private final Model model;
    private final List<ExportLayer> steps;
    private final Head head;

    private ExportPlan(Model model, List<ExportLayer> steps, Head head) {
        this.model = model;
        this.steps = steps;
        this.head = head;
    }

    public static ExportPlan of(Model model) {
        List<ExportLayer> steps = new ArrayList<>();
        int[] shape = model.spec().inputShape();
        Layer[] layers = model.layers();
        for (int i = 0; i < layers.length; i++) {
            addSteps(steps, layers[i], i + 1, shape);
            shape = layers[i].outputShape();
        }
        return new ExportPlan(model, steps, headOf(model.loss()));
    }

    private static void addSteps(List<ExportLayer> steps, Layer layer, int n, int[] shape) {
        String text = layer.describe();
        if (layer instanceof Dense) {
            Dense dense = (Dense) layer;
            if (shape.length > 1) {
                // the lab's dense layer reads a [C x H x W] sample as one vector in the order it is stored,
                // which is exactly what a framework's flatten gives
                steps.add(ExportLayer.flatten(n, text, shape));
            }
            steps.add(ExportLayer.dense(n, text, new int[] {Shapes.size(shape)}, dense.weights(), dense.bias()));
            addActivation(steps, n, text, layer.outputShape(), dense.activation());
        } else if (layer instanceof Conv2D) {
            Conv2D conv = (Conv2D) layer;
            steps.add(ExportLayer.conv(n, text, shape, conv.weights(), conv.bias(), conv.stride(), conv.padding()));
            addActivation(steps, n, text, layer.outputShape(), conv.activation());
        } else if (layer instanceof MaxPool2D) {
            steps.add(ExportLayer.maxPool(n, text, shape, ((MaxPool2D) layer).size()));
        } else if (layer instanceof Dropout) {
            steps.add(ExportLayer.dropout(n, text, shape, ((Dropout) layer).rate()));
        } else {
            steps.add(ExportLayer.flatten(n, text, shape));
        }
    }

    private static void addActivation(List<ExportLayer> steps, int n, String text, int[] shape, Activation a) {
        if (a != Activation.LINEAR) {
            steps.add(ExportLayer.activation(n, text, shape, a));
        }
    }

    private static Head headOf(Loss loss) {
        if (loss instanceof SoftmaxCrossEntropy) {
            return Head.SOFTMAX;
        }
        return loss instanceof BinaryCrossEntropy ? Head.SIGMOID : Head.NONE;
    }

    public Model model() {
        return model;
    }

    public List<ExportLayer> steps() {
        return new ArrayList<>(steps);
    }

    public Head head() {
        return head;
    }

    public int[] inputShape() {
        return model.spec().inputShape();
    }

    public int outputSize() {
        return model.outputSize();
    }

    /** The steps that carry weights, in order. */
    public List<ExportLayer> weighted() {
        List<ExportLayer> out = new ArrayList<>();
        for (ExportLayer s : steps) {
            if (s.weights() != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** Whether the input is an MNIST digit (784 values or 1x28x28), so the exports can evaluate on MNIST. */
    public boolean readsMnist() {
        int[] in = inputShape();
        return Shapes.size(in) == 784 && (in.length == 1 || (in.length == 3 && in[0] == 1 && in[1] == 28));
    }
}
