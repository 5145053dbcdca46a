package org.neurite.engine.export;

import java.util.EnumSet;
import java.util.Set;
import org.neurite.engine.nn.Activation;

/**
 * The network's forward pass in plain NumPy, for reading: each lab layer is one or two lines of {@code forward},
 * and the helpers above it (dense, conv2d, maxpool and the activations used) are the whole of the maths.
 * Importing the file defines {@code forward(x)}; running it scores the MNIST test set (MNIST models) or prints
 * a few predictions.
 */
public final class NumpyExport {
    private NumpyExport() {
    }

    /** The .py text; {@code npzName} is the weights file beside it when the weights are not inline. */
    public static String write(ExportPlan plan, String npzName) {
        PythonWriter py = new PythonWriter();
        py.line("\"\"\"A Neurite network as a plain NumPy forward pass: no framework, every layer written out.");
        py.blank();
        py.line("Lab spec: " + plan.model().spec().toText());
        py.line("Input:  float32 [N, " + String.join(", ", ints(plan.inputShape())) + "]" + inputNote(plan));
        py.line("Output: " + outputText(plan) + " [N, " + plan.outputSize() + "], as the lab shows them.");
        py.line("Layout: the lab keeps a dense layer's W as [inputs x units], so a dense layer is x @ W + b;");
        py.line("        a conv layer's W is [filters][channels][k][k], images are [channels][rows][columns].");
        py.line("\"\"\"");
        py.line("import gzip");
        py.line("import os");
        py.line("import sys");
        py.blank();
        py.line("import numpy as np");
        py.blank();
        PythonWeights.write(py, plan, npzName);
        py.blank();
        helpers(py, plan);
        forward(py, plan);
        main(py, plan);
        return py.toString();
    }

    private static String[] ints(int[] shape) {
        String[] out = new String[shape.length];
        for (int i = 0; i < shape.length; i++) {
            out[i] = Integer.toString(shape[i]);
        }
        return out;
    }

    private static String inputNote(ExportPlan plan) {
        return plan.readsMnist() ? " (pixels scaled to 0..1)" : " (the lab's input features, in order)";
    }

    static String outputText(ExportPlan plan) {
        return switch (plan.head()) {
            case SOFTMAX -> "probabilities (softmax of the last layer)";
            case SIGMOID -> "probability of class 1 (sigmoid of the last layer)";
            case NONE -> "values (the last layer's outputs)";
        };
    }

    private static void helpers(PythonWriter py, ExportPlan plan) {
        Set<ExportLayer.Kind> kinds = EnumSet.noneOf(ExportLayer.Kind.class);
        Set<Activation> activations = EnumSet.noneOf(Activation.class);
        for (ExportLayer s : plan.steps()) {
            kinds.add(s.kind());
            if (s.activation() != null) {
                activations.add(s.activation());
            }
        }
        if (kinds.contains(ExportLayer.Kind.DENSE)) {
            py.line("def dense(x, w, b):");
            py.line("    \"\"\"x [N x inputs] times w [inputs x units], plus the bias.\"\"\"");
            py.line("    return x @ w + b");
            py.blank();
        }
        if (kinds.contains(ExportLayer.Kind.CONV)) {
            py.line("def conv2d(x, w, b, stride, pads):");
            py.line("    \"\"\"Slides each filter over the zero-padded images; pads = (top, left, bottom, right).\"\"\"");
            py.line("    top, left, bottom, right = pads");
            py.line("    x = np.pad(x, ((0, 0), (0, 0), (top, bottom), (left, right)))");
            py.line("    n, c, h, wd = x.shape");
            py.line("    f, _, k, _ = w.shape");
            py.line("    oh, ow = (h - k) // stride + 1, (wd - k) // stride + 1");
            py.line("    out = np.zeros((n, f, oh, ow), dtype=np.float32)");
            py.line("    for dy in range(k):  # one kernel offset at a time: every output pixel reads x at +dy, +dx");
            py.line("        for dx in range(k):");
            py.line("            window = x[:, :, dy:dy + stride * (oh - 1) + 1:stride, dx:dx + stride * (ow - 1) + 1:stride]");
            py.line("            out += np.einsum(\"nchw,fc->nfhw\", window, w[:, :, dy, dx])");
            py.line("    return out + b.reshape(1, f, 1, 1)");
            py.blank();
        }
        if (kinds.contains(ExportLayer.Kind.MAXPOOL)) {
            py.line("def maxpool(x, size):");
            py.line("    \"\"\"The largest value of each size x size window; a ragged edge is dropped.\"\"\"");
            py.line("    n, c, h, w = x.shape");
            py.line("    oh, ow = h // size, w // size");
            py.line("    return x[:, :, :oh * size, :ow * size].reshape(n, c, oh, size, ow, size).max(axis=(3, 5))");
            py.blank();
        }
        for (Activation a : activations) {
            py.line("def " + function(a) + "(z):");
            py.line("    return " + numpyValue(a));
            py.blank();
        }
        if (plan.head() == ExportPlan.Head.SOFTMAX) {
            py.line("def softmax(z):");
            py.line("    e = np.exp(z - z.max(axis=1, keepdims=True))  # shifted: exp never overflows");
            py.line("    return e / e.sum(axis=1, keepdims=True)");
            py.blank();
        } else if (plan.head() == ExportPlan.Head.SIGMOID && !activations.contains(Activation.SIGMOID)) {
            py.line("def sigmoid(z):");
            py.line("    return " + numpyValue(Activation.SIGMOID));
            py.blank();
        }
    }

    /** The Python name of an activation's function. */
    static String function(Activation a) {
        return switch (a) {
            case LEAKY_RELU -> "leaky_relu";
            default -> a.id().toLowerCase();
        };
    }

    private static String numpyValue(Activation a) {
        return switch (a) {
            case LINEAR -> "z";
            case SIGMOID -> "1 / (1 + np.exp(-z))";
            case TANH -> "np.tanh(z)";
            case RELU -> "np.maximum(z, 0)";
            case LEAKY_RELU -> "np.where(z > 0, z, np.float32(" + PythonWriter.number(Activation.LEAK) + ") * z)";
            case STEP -> "(z > 0).astype(np.float32)";
            default -> throw new IllegalArgumentException("activation " + a.id() + " has no NumPy form");
        };
    }

    private static void forward(PythonWriter py, ExportPlan plan) {
        py.line("def forward(x):");
        py.line("    \"\"\"The " + outputText(plan) + " for a batch x.\"\"\"");
        py.line("    x = np.asarray(x, dtype=np.float32).reshape((-1,) + " + PythonWriter.tuple(plan.inputShape())
                + ")");
        for (ExportLayer s : plan.steps()) {
            py.line("    " + step(s));
        }
        py.line("    return " + switch (plan.head()) {
            case SOFTMAX -> "softmax(x)";
            case SIGMOID -> "sigmoid(x)";
            case NONE -> "x";
        });
        py.blank();
    }

    private static String step(ExportLayer s) {
        String lab = "  " + PythonWriter.labComment(s);
        return switch (s.kind()) {
            case FLATTEN -> "x = x.reshape(len(x), -1)" + lab + PythonWriter.flattenNote(s);
            case DENSE -> "x = dense(x, W[\"" + s.weightsName() + "\"], W[\"" + s.biasName() + "\"])" + lab;
            case CONV -> "x = conv2d(x, W[\"" + s.weightsName() + "\"], W[\"" + s.biasName() + "\"], stride="
                    + s.stride() + ", pads=" + PythonWriter.tuple(s.padding()) + ")" + lab;
            case MAXPOOL -> "x = maxpool(x, " + s.size() + ")" + lab;
            case DROPOUT -> lab.trim() + " (dropout acts only while training: nothing to do here)";
            case ACTIVATION -> "x = " + function(s.activation()) + "(x)";
        };
    }

    private static void main(PythonWriter py, ExportPlan plan) {
        if (plan.readsMnist()) {
            py.line("def read_idx(path):");
            py.line("    \"\"\"An MNIST IDX file (plain or .gz) as a uint8 array.\"\"\"");
            py.line("    opener = gzip.open if path.endswith(\".gz\") else open");
            py.line("    with opener(path, \"rb\") as f:");
            py.line("        data = f.read()");
            py.line("    dims = data[3]");
            py.line("    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], \"big\") for i in range(dims)]");
            py.line("    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)");
            py.blank();
            py.line("if __name__ == \"__main__\":");
            py.line("    # the folder with t10k-images-idx3-ubyte and t10k-labels-idx1-ubyte (torchvision puts them in");
            py.line("    # data/MNIST/raw)");
            py.line("    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(\"data\", \"MNIST\", \"raw\")");
            py.line("    images = read_idx(os.path.join(folder, \"t10k-images-idx3-ubyte\")).astype(np.float32) / 255");
            py.line("    labels = read_idx(os.path.join(folder, \"t10k-labels-idx1-ubyte\"))");
            py.line("    correct = sum(int((forward(images[i:i + 500]).argmax(axis=1) == labels[i:i + 500]).sum())");
            py.line("                  for i in range(0, len(images), 500))");
            py.line("    print(f\"test accuracy: {correct / len(images):.4f} ({correct} of {len(images)})\")");
        } else {
            py.line("if __name__ == \"__main__\":");
            py.line("    x = np.random.default_rng(1).uniform(-6, 6, size=(5,) + "
                    + PythonWriter.tuple(plan.inputShape()) + ").astype(np.float32)");
            py.line("    for row, out in zip(x, forward(x)):");
            py.line("        print(row, \"->\", out)");
        }
    }
}
