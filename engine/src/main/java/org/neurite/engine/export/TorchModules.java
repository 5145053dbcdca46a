package org.neurite.engine.export;

import java.util.ArrayList;
import java.util.List;
import org.neurite.engine.nn.Activation;

/**
 * The export plan as the lines of an {@code nn.Sequential}, and where each weighted step landed in it: a conv
 * with uneven 'same' padding becomes a ZeroPad2d and a Conv2d, so module indices are counted here, once.
 */
final class TorchModules {
    final List<String> lines = new ArrayList<>();
    /** For each weighted step in plan order, the index of its module in the Sequential. */
    final List<Integer> weightedIndex = new ArrayList<>();
    boolean usesStep;

    TorchModules(ExportPlan plan) {
        for (ExportLayer s : plan.steps()) {
            add(s);
        }
    }

    private void add(ExportLayer s) {
        String lab = "  " + PythonWriter.labComment(s);
        switch (s.kind()) {
            case FLATTEN -> module("nn.Flatten(),", lab + PythonWriter.flattenNote(s));
            case DENSE -> {
                weightedIndex.add(lines.size());
                module("nn.Linear(" + s.inputs() + ", " + s.units() + "),", lab);
            }
            case CONV -> {
                int[] p = s.padding();
                String padding = s.evenPadding() ? Integer.toString(p[0]) : "0";
                if (!s.evenPadding()) {
                    // PyTorch's Conv2d pads all sides alike; the lab's 'same' puts an odd pixel after
                    module("nn.ZeroPad2d((" + p[1] + ", " + p[3] + ", " + p[0] + ", " + p[2] + ")),",
                            lab + " (its 'same' padding)");
                }
                weightedIndex.add(lines.size());
                module("nn.Conv2d(" + s.channels() + ", " + s.units() + ", kernel_size=" + s.size() + ", stride="
                        + s.stride() + ", padding=" + padding + "),", lab);
            }
            case MAXPOOL -> module("nn.MaxPool2d(" + s.size() + "),", lab);
            case DROPOUT -> module("nn.Dropout(" + s.rate() + "),", lab + " (active in model.train() only)");
            case ACTIVATION -> module(torch(s.activation()) + ",", "");
            default -> throw new IllegalStateException("no PyTorch form for " + s.kind());
        }
    }

    private void module(String code, String comment) {
        lines.add(code + comment);
    }

    private String torch(Activation a) {
        return switch (a) {
            case SIGMOID -> "nn.Sigmoid()";
            case TANH -> "nn.Tanh()";
            case RELU -> "nn.ReLU()";
            case LEAKY_RELU -> "nn.LeakyReLU(" + Activation.LEAK + ")";
            case STEP -> {
                usesStep = true;
                yield "Step()";
            }
            default -> throw new IllegalArgumentException("activation " + a.id() + " has no PyTorch form");
        };
    }
}
