package org.neurite.web.studio;

import static org.neurite.web.studio.StudioSettings.CUSTOM;
import static org.neurite.web.studio.StudioSettings.PRESET;
import static org.neurite.web.studio.StudioSettings.SPEC;

import java.util.List;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.train.NamedRecipe;
import org.neurite.engine.train.Recipe;
import org.neurite.engine.train.RecipeForm;
import org.neurite.engine.train.RecipeForm.Field;
import org.neurite.web.dom.LinkState;
import org.neurite.web.dom.Property;

/**
 * The setup a Studio link reproduces: one value per row of {@link StudioSettings}, always a valid recipe. It
 * lives in the URL hash ({@code #preset=cnn&opt=adam&lr=0.001&batch=64&epochs=5&...}), so the Lessons can link to
 * {@code mnist.html#preset=mlp} and a shared link opens the same setup.
 */
final class StudioState extends LinkState {
    StudioState() {
        super(StudioSettings.ALL);
    }

    StudioState(StudioState other) {
        super(other);
    }

    /**
     * The state of a hash and what in it was not used. The link's preset comes first, with its whole recipe;
     * the link's other values change that recipe.
     */
    static Loaded fromHash(String hash) {
        StudioState state = new StudioState();
        String preset = LinkState.given(hash, PRESET);
        if (preset != null && PRESET.problem(preset) == null) {
            state.usePreset(preset);
        }
        return new Loaded(state, state.read(hash, "Studio"));
    }

    /**
     * Chooses a preset: its model and its whole recipe, decay included. {@link StudioSettings#CUSTOM} keeps the
     * model and recipe as they are, so "CNN, then Custom" edits the CNN.
     */
    void usePreset(String id) {
        if (CUSTOM.equals(id)) {
            useCustomModel(spec());
            return;
        }
        put(PRESET, id);
        put(SPEC, "");
        RecipeForm recipe = RecipeForm.of(NamedRecipe.byId(id).recipe());
        for (Property row : StudioSettings.RECIPE_ROWS) {
            put(row, recipe.text(StudioSettings.fieldOf(row)));
        }
    }

    boolean isCustom() {
        return CUSTOM.equals(text(PRESET));
    }

    /** The model: a custom model's spec, or the preset's (the MLP's for a custom link that gives none). */
    ModelSpec spec() {
        String spec = text(SPEC);
        if (!spec.isEmpty()) {
            return ModelSpec.parse(spec);
        }
        return NamedRecipe.byId(isCustom() ? NamedRecipe.MLP.id() : text(PRESET)).recipe().spec();
    }

    /** Makes {@code spec} the model, as a custom one. */
    void useCustomModel(ModelSpec spec) {
        put(PRESET, CUSTOM);
        put(SPEC, spec.toText());
    }

    /** The name of the model on runs and downloads: "MLP", "CNN" or "Custom model". */
    String title() {
        return isCustom() ? "Custom model" : NamedRecipe.byId(text(PRESET)).title();
    }

    boolean onServer() {
        return StudioSettings.SERVER.equals(text(StudioSettings.ON));
    }

    /** The workers a run in this browser asks for: 1 to 8, or 0 for this browser's own choice. */
    int workers() {
        String text = text(StudioSettings.WORKERS);
        return StudioSettings.AUTO.equals(text) ? 0 : Integer.parseInt(text);
    }

    /** The recipe this setup trains: every row is valid, so there always is one. */
    Recipe recipe() {
        RecipeForm form = new RecipeForm().set(Field.SPEC, spec().toText());
        for (Property row : StudioSettings.RECIPE_ROWS) {
            form.set(StudioSettings.fieldOf(row), text(row));
        }
        return form.recipe();
    }

    /** A state read from a link, with what was not used. */
    static final class Loaded {
        final StudioState state;
        final List<String> warnings;

        Loaded(StudioState state, List<String> warnings) {
            this.state = state;
            this.warnings = warnings;
        }
    }
}
