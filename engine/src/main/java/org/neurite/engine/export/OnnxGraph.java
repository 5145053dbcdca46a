package org.neurite.engine.export;

import java.util.ArrayList;
import java.util.List;

/** An ONNX GraphProto being built: nodes in order, the weights as initializers, the typed input and output. */
final class OnnxGraph {
    private static final int FLOAT = 1;
    private final List<ProtoWriter> nodes = new ArrayList<>();
    private final ProtoWriter rest = new ProtoWriter();
    private final String name;

    OnnxGraph(String name) {
        this.name = name;
    }

    /** Adds a node; its attributes (field 5) may be appended to the returned NodeProto before {@link #proto()}. */
    ProtoWriter node(String op, String nodeName, String[] inputs, String[] outputs) {
        ProtoWriter node = new ProtoWriter();
        for (String in : inputs) {
            node.string(1, in);
        }
        for (String out : outputs) {
            node.string(2, out);
        }
        node.string(3, nodeName).string(4, op);
        nodes.add(node);
        return node;
    }

    void initializer(String tensorName, int[] shape, float[] values) {
        rest.message(5, OnnxExport.tensor(tensorName, shape, values));
    }

    /** A graph input: float32 [batch, ...shape], the batch left symbolic. */
    void input(String valueName, int[] shape) {
        rest.message(11, valueInfo(valueName, shape));
    }

    void output(String valueName, int[] shape) {
        rest.message(12, valueInfo(valueName, shape));
    }

    private static ProtoWriter valueInfo(String valueName, int[] shape) {
        ProtoWriter dims = new ProtoWriter().message(1, new ProtoWriter().string(2, "batch"));
        for (int d : shape) {
            dims.message(1, new ProtoWriter().integer(1, d));
        }
        ProtoWriter tensorType = new ProtoWriter().integer(1, FLOAT).message(2, dims);
        return new ProtoWriter().string(1, valueName).message(2, new ProtoWriter().message(1, tensorType));
    }

    /** The GraphProto: nodes (field 1), name (2), then initializers (5), inputs (11) and outputs (12). */
    ProtoWriter proto() {
        ProtoWriter graph = new ProtoWriter();
        for (ProtoWriter node : nodes) {
            graph.message(1, node);
        }
        return graph.string(2, name).raw(rest.toBytes());
    }
}
