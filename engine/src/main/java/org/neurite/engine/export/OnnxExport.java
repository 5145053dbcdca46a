package org.neurite.engine.export;

import java.util.List;
import org.neurite.engine.nn.Activation;

/**
 * The model as an ONNX file (opset 13), for ONNX Runtime and Netron. Input "input" is [batch, ...the lab's input
 * shape]; output "prediction" is what the lab shows (probabilities for the cross-entropy losses). Dense layers are
 * Gemm nodes that take the lab's [inputs x units] W as is (Y = X.W + b); dropout is left out, as at prediction
 * time. Field numbers are those of onnx.proto.
 */
public final class OnnxExport {
    static final int OPSET = 13;
    static final int IR_VERSION = 7;
    private static final int FLOAT = 1;

    private OnnxExport() {
    }

    public static byte[] write(ExportPlan plan, String name) {
        OnnxGraph graph = new OnnxGraph(name);
        String x = "input";
        List<ExportLayer> steps = plan.steps();
        for (int i = 0; i < steps.size(); i++) {
            x = addStep(graph, steps.get(i), x, "s" + i + "_layer" + steps.get(i).labLayer());
        }
        String head = switch (plan.head()) {
            case SOFTMAX -> "Softmax";
            case SIGMOID -> "Sigmoid";
            case NONE -> "Identity";
        };
        ProtoWriter node = graph.node(head, "prediction_" + head.toLowerCase(), new String[] {x},
                new String[] {"prediction"});
        if (plan.head() == ExportPlan.Head.SOFTMAX) {
            node.message(5, intAttribute("axis", 1));
        }
        graph.input("input", plan.inputShape());
        graph.output("prediction", new int[] {plan.outputSize()});
        ProtoWriter model = new ProtoWriter()
                .integer(1, IR_VERSION)
                .string(2, "neurite")
                .string(3, "1")
                .string(6, "Exported from Neurite: " + plan.model().spec().toText())
                .message(7, graph.proto())
                .message(8, new ProtoWriter().string(1, "").integer(2, OPSET));
        return model.toBytes();
    }

    private static String addStep(OnnxGraph graph, ExportLayer step, String x, String id) {
        String y = id + "_out";
        switch (step.kind()) {
            case FLATTEN -> graph.node("Flatten", id + "_flatten", new String[] {x}, new String[] {y})
                    .message(5, intAttribute("axis", 1));
            case DENSE -> {
                graph.initializer(step.weightsName(), step.weights().shape(), step.weights().value());
                graph.initializer(step.biasName(), step.bias().shape(), step.bias().value());
                graph.node("Gemm", id + "_dense", new String[] {x, step.weightsName(), step.biasName()},
                        new String[] {y});
            }
            case CONV -> {
                graph.initializer(step.weightsName(), step.weights().shape(), step.weights().value());
                graph.initializer(step.biasName(), step.bias().shape(), step.bias().value());
                int[] p = step.padding(); // ONNX wants begins then ends: top, left, bottom, right
                graph.node("Conv", id + "_conv", new String[] {x, step.weightsName(), step.biasName()},
                                new String[] {y})
                        .message(5, intsAttribute("kernel_shape", step.size(), step.size()))
                        .message(5, intsAttribute("strides", step.stride(), step.stride()))
                        .message(5, intsAttribute("pads", p[0], p[1], p[2], p[3]));
            }
            case MAXPOOL -> graph.node("MaxPool", id + "_maxpool", new String[] {x}, new String[] {y})
                    .message(5, intsAttribute("kernel_shape", step.size(), step.size()))
                    .message(5, intsAttribute("strides", step.size(), step.size()));
            case DROPOUT -> {
                return x; // dropout acts only while training
            }
            case ACTIVATION -> addActivation(graph, step.activation(), x, y, id);
            default -> throw new IllegalStateException("no ONNX form for " + step.kind());
        }
        return y;
    }

    private static void addActivation(OnnxGraph graph, Activation a, String x, String y, String id) {
        switch (a) {
            case RELU -> graph.node("Relu", id + "_relu", new String[] {x}, new String[] {y});
            case SIGMOID -> graph.node("Sigmoid", id + "_sigmoid", new String[] {x}, new String[] {y});
            case TANH -> graph.node("Tanh", id + "_tanh", new String[] {x}, new String[] {y});
            case LEAKY_RELU -> graph.node("LeakyRelu", id + "_leakyrelu", new String[] {x}, new String[] {y})
                    .message(5, floatAttribute("alpha", Activation.LEAK));
            case STEP -> { // 1 where x > 0, else 0: the sign, with -1 cut to 0
                graph.node("Sign", id + "_sign", new String[] {x}, new String[] {id + "_sign"});
                graph.node("Relu", id + "_step", new String[] {id + "_sign"}, new String[] {y});
            }
            default -> throw new IllegalArgumentException("activation " + a.id() + " has no ONNX form");
        }
    }

    private static ProtoWriter intAttribute(String name, int value) {
        return new ProtoWriter().string(1, name).integer(3, value).integer(20, 2);
    }

    private static ProtoWriter floatAttribute(String name, float value) {
        return new ProtoWriter().string(1, name).floatValue(2, value).integer(20, 1);
    }

    private static ProtoWriter intsAttribute(String name, int... values) {
        return new ProtoWriter().string(1, name).integers(8, values).integer(20, 7);
    }

    /** The TensorProto of a float32 weight: dims, data type, name and the values as raw little-endian bytes. */
    static ProtoWriter tensor(String name, int[] shape, float[] values) {
        return new ProtoWriter().integers(1, shape).integer(2, FLOAT).string(8, name)
                .bytes(9, new ByteSink().floats(values).toArray());
    }
}
