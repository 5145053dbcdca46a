package org.neurite.web.studio;

import org.neurite.engine.train.Preset;
import org.teavm.jso.JSBody;

/**
 * The setup a link reproduces: the preset (or a custom model's spec) and the training settings, as typed. It
 * lives in the URL hash ({@code #preset=cnn&lr=0.001&batch=32&epochs=4&l2=0&opt=adam}, plus {@code spec=...}
 * for a custom model), so the Lessons can link to {@code mnist.html#preset=mlp} and a shared link opens the
 * same setup. Values are kept as typed; the forms check them.
 */
final class StudioState {
    static final String CUSTOM = "custom";

    String preset = Preset.MLP.id();
    /** The model spec of a custom model (the preset's spec otherwise). */
    String spec = Preset.MLP.spec().toText();
    String optimizer;
    String learningRate;
    String batchSize;
    String epochs;
    String l2 = "0";
    /** What was wrong with the link, or null. */
    String linkProblem;

    private StudioState() {
        useRecipe(Preset.MLP);
    }

    /** The state of a hash (with or without its '#'); missing values take the preset's recipe. */
    static StudioState fromHash(String hash) {
        StudioState state = new StudioState();
        String body = hash.startsWith("#") ? hash.substring(1) : hash;
        String preset = param(body, "preset");
        if (preset != null && !preset.isEmpty()) {
            if (CUSTOM.equals(preset)) {
                state.preset = CUSTOM;
            } else if (isPreset(preset)) {
                state.usePreset(Preset.byId(preset));
            } else {
                state.linkProblem = "The link asks for the preset '" + preset + "', which does not exist "
                        + "(mlp, deeper-mlp, cnn or custom); showing the MLP.";
            }
        }
        String spec = param(body, "spec");
        if (spec != null && CUSTOM.equals(state.preset)) {
            state.spec = spec;
        }
        state.optimizer = orElse(param(body, "opt"), state.optimizer);
        state.learningRate = orElse(param(body, "lr"), state.learningRate);
        state.batchSize = orElse(param(body, "batch"), state.batchSize);
        state.epochs = orElse(param(body, "epochs"), state.epochs);
        state.l2 = orElse(param(body, "l2"), state.l2);
        return state;
    }

    /** Chooses a preset: its model and its training recipe. */
    void usePreset(Preset p) {
        preset = p.id();
        spec = p.spec().toText();
        useRecipe(p);
    }

    private void useRecipe(Preset p) {
        optimizer = p.optimizerId();
        learningRate = Float.toString(p.learningRate());
        batchSize = Integer.toString(p.batchSize());
        epochs = Integer.toString(p.epochs());
    }

    /** The hash that reproduces this state. */
    String toHash() {
        StringBuilder sb = new StringBuilder("#preset=").append(encode(preset));
        if (CUSTOM.equals(preset)) {
            sb.append("&spec=").append(encode(spec));
        }
        sb.append("&opt=").append(encode(optimizer)).append("&lr=").append(encode(learningRate))
                .append("&batch=").append(encode(batchSize)).append("&epochs=").append(encode(epochs))
                .append("&l2=").append(encode(l2));
        return sb.toString();
    }

    static boolean isPreset(String id) {
        for (Preset p : Preset.values()) {
            if (p.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    @JSBody(params = { "query", "name" }, script = "return new URLSearchParams(query).get(name);")
    private static native String param(String query, String name);

    @JSBody(params = "value", script = "return encodeURIComponent(value).replace(/%20/g, '+').replace(/%7C/g, '|');")
    private static native String encode(String value);
}
