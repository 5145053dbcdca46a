package org.neurite.engine.export;

import org.neurite.engine.nn.Layer;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.Param;
import org.neurite.engine.train.Json;

/**
 * The network's weights as JSON a person can read (docs/export.md describes every field): the spec, then each
 * lab layer with its weights as nested arrays in the engine's own layout, each array with its shape and a note
 * on what its axes mean. Numbers are written as Java prints floats, which read back to the same float32.
 */
public final class WeightsJson {
    public static final String FORMAT = "neurite-weights";
    public static final int VERSION = 1;

    private WeightsJson() {
    }

    public static String write(Model model) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"format\": \"").append(FORMAT).append("\",\n  \"version\": ").append(VERSION);
        sb.append(",\n  \"spec\": ");
        Json.string(sb, model.spec().toText());
        sb.append(",\n  \"input\": ").append(ints(model.spec().inputShape()));
        sb.append(",\n  \"loss\": \"").append(model.loss().id()).append('"');
        sb.append(",\n  \"parameters\": ").append(model.parameterCount());
        sb.append(",\n  \"layers\": [");
        Layer[] layers = model.layers();
        for (int i = 0; i < layers.length; i++) {
            sb.append(i == 0 ? "\n" : ",\n");
            layer(sb, i + 1, layers[i]);
        }
        return sb.append("\n  ]\n}\n").toString();
    }

    private static void layer(StringBuilder sb, int number, Layer layer) {
        String text = layer.describe();
        sb.append("    {\"layer\": ").append(number).append(", \"kind\": \"").append(text.split(" ")[0])
                .append("\", \"spec\": ");
        Json.string(sb, text);
        sb.append(", \"input\": ").append(ints(layer.inputShape())).append(", \"output\": ")
                .append(ints(layer.outputShape()));
        for (Param p : layer.params()) {
            sb.append(",\n      \"").append(p.name()).append("\": {\"shape\": ").append(ints(p.shape()))
                    .append(", \"axes\": ");
            Json.string(sb, axes(text, p));
            sb.append(",\n        \"values\": ");
            sb.append(NestedArrays.of(p.value(), p.shape()));
            sb.append('}');
        }
        sb.append('}');
    }

    /** What the axes of a weight array mean, in the engine's layout. */
    private static String axes(String layerText, Param p) {
        if (p.shape().length == 1) {
            return layerText.startsWith("conv") ? "[filters]" : "[units]";
        }
        return p.shape().length == 2 ? "[inputs][units]: W[i][j] weighs input i into unit j; z = x.W + b"
                : "[filters][channels][kernel rows][kernel columns]";
    }

    private static String ints(int[] values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(values[i]);
        }
        return sb.append(']').toString();
    }
}
