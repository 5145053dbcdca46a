package org.neurite.server.models;

import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.nn.ModelSummary;

/** A one-line architecture summary from the engine's {@link ModelSummary}: each layer and the shape it puts out. */
final class Architecture {
    private Architecture() {
    }

    static String describe(ModelSpec spec) {
        ModelSummary summary = ModelSummary.of(spec);
        StringBuilder text = new StringBuilder("input ").append(shape(summary.inputShape()));
        for (ModelSummary.Row row : summary.rows()) {
            text.append(" -> ").append(row.layer()).append(" (").append(row.outputShapeText()).append(')');
        }
        return text.append(", loss ").append(spec.lossId()).toString();
    }

    private static String shape(int[] shape) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            text.append(i == 0 ? "" : "x").append(shape[i]);
        }
        return text.toString();
    }
}
