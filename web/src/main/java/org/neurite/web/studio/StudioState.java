package org.neurite.web.studio;

import org.neurite.engine.train.NamedRecipe;
import org.neurite.engine.train.PercentEncoding;
import org.neurite.engine.train.Recipe;
import org.neurite.engine.train.RecipeForm;
import org.neurite.engine.train.RecipeForm.Field;

/**
 * The setup a link reproduces: the preset (or a custom model's spec) and the training settings, as typed. It
 * lives in the URL hash ({@code #preset=cnn&opt=adam&lr=0.001&batch=64&epochs=5&l2=0&decay=0.3}, plus
 * {@code spec=...} for a custom model), so the Lessons can link to {@code mnist.html#preset=mlp} and a shared
 * link opens the same setup. {@code on=server} trains the run as a job on the server (left out for this
 * browser, the default, so older links read the same). Values are kept as typed; {@link #form()} checks them through the engine's one
 * recipe validator, and the recipe it gives is what the worker or the server trains.
 */
final class StudioState {
    static final String CUSTOM = "custom";
    static final String BROWSER = "browser";
    static final String SERVER = "server";

    String preset = NamedRecipe.MLP.id();
    /** The model spec of a custom model (the preset's spec otherwise). */
    String spec;
    String optimizer;
    String learningRate;
    String batchSize;
    String epochs;
    String l2 = "0";
    /** The learning-rate decay: not on the form, it comes with the preset (or a link). */
    String decay;
    /** Where runs train: {@link #BROWSER} or {@link #SERVER}. */
    String on = BROWSER;
    /** What was wrong with the link, or null. */
    String linkProblem;

    private StudioState() {
        usePreset(NamedRecipe.MLP);
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
                state.usePreset(NamedRecipe.byId(preset));
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
        state.decay = orElse(param(body, "decay"), state.decay);
        state.on = SERVER.equals(param(body, "on")) ? SERVER : BROWSER;
        return state;
    }

    /** Chooses a preset: its model and its whole training recipe, decay included. */
    void usePreset(NamedRecipe p) {
        Recipe r = p.recipe();
        preset = p.id();
        spec = r.spec().toText();
        optimizer = r.optimizer();
        learningRate = Float.toString(r.learningRate());
        batchSize = Integer.toString(r.batchSize());
        epochs = Integer.toString(r.epochs());
        l2 = Float.toString(r.l2());
        decay = Float.toString(r.decay());
    }

    /** The settings as typed, checked field by field by the engine. */
    RecipeForm form() {
        return new RecipeForm().set(Field.SPEC, spec).set(Field.OPTIMIZER, optimizer)
                .set(Field.LEARNING_RATE, learningRate).set(Field.BATCH_SIZE, batchSize).set(Field.EPOCHS, epochs)
                .set(Field.L2, l2).set(Field.DECAY, decay);
    }

    /** The hash that reproduces this state. */
    String toHash() {
        StringBuilder sb = new StringBuilder("#preset=").append(encode(preset));
        if (CUSTOM.equals(preset)) {
            sb.append("&spec=").append(encode(spec));
        }
        sb.append("&opt=").append(encode(optimizer)).append("&lr=").append(encode(learningRate))
                .append("&batch=").append(encode(batchSize)).append("&epochs=").append(encode(epochs))
                .append("&l2=").append(encode(l2)).append("&decay=").append(encode(decay));
        if (onServer()) {
            sb.append("&on=").append(SERVER);
        }
        return sb.toString();
    }

    boolean onServer() {
        return SERVER.equals(on);
    }

    static boolean isPreset(String id) {
        NamedRecipe r = NamedRecipe.find(id);
        return r != null && r.isPreset() && r.id().equals(id);
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    /** The value of {@code name} in a query-like text, decoded; null when absent. */
    static String param(String query, String name) {
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                return eq < 0 ? "" : PercentEncoding.decode(pair.substring(eq + 1));
            }
        }
        return null;
    }

    private static String encode(String value) {
        return PercentEncoding.encode(value == null ? "" : value);
    }
}
