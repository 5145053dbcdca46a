package org.neurite.web.studio;

import org.neurite.engine.train.NamedRecipe;
import org.neurite.engine.train.RecipeForm;
import org.neurite.engine.train.RecipeForm.Field;
import org.neurite.web.dom.Property;

/**
 * The Studio's settings, as one declarative table like the Playground's: the preset (or a custom model's spec),
 * the training recipe's fields, where runs train and on how many workers in this browser. Each recipe field is checked by the engine's one recipe
 * validator, so a link, the form and the server refuse the same things with the same words. The defaults are
 * the MLP preset's recipe; {@code spec} is empty for a preset (its own spec) and {@code on} stays out of links
 * that train in this browser, so links written before these rows read the same.
 */
final class StudioSettings {
    static final String CUSTOM = "custom";
    static final String BROWSER = "browser";
    static final String SERVER = "server";
    /** The worker count this browser would pick (see {@code TrainingWorkers}). */
    static final String AUTO = "auto";

    private static final RecipeForm MLP = RecipeForm.of(NamedRecipe.MLP.recipe());

    static final Property PRESET = Property.choice("preset", "preset", NamedRecipe.MLP.id(),
            NamedRecipe.MLP.id(), NamedRecipe.DEEPER_MLP.id(), NamedRecipe.QUICK_CNN.id(),
            NamedRecipe.CNN.id(), CUSTOM);
    static final Property SPEC = Property.text("spec", "model", "",
            text -> text.isEmpty() ? null : recipeProblem(Field.SPEC, text)).optional();
    static final Property OPTIMIZER = recipeField("opt", Field.OPTIMIZER);
    static final Property LEARNING_RATE = recipeField("lr", Field.LEARNING_RATE);
    static final Property BATCH_SIZE = recipeField("batch", Field.BATCH_SIZE);
    static final Property EPOCHS = recipeField("epochs", Field.EPOCHS);
    static final Property L2 = recipeField("l2", Field.L2);
    static final Property SCHEDULE = recipeField("schedule", Field.SCHEDULE);
    static final Property DECAY = recipeField("decay", Field.DECAY);
    static final Property PERIOD = recipeField("period", Field.PERIOD);
    static final Property ON = Property.choice("on", "place to train", BROWSER, BROWSER, SERVER).optional();
    static final Property WORKERS = Property.choice("workers", "workers", AUTO, AUTO, "1", "2", "3", "4", "5", "6",
            "7", "8").optional();

    /** Every setting, in the order a link lists them. */
    static final Property[] ALL = {PRESET, SPEC, OPTIMIZER, LEARNING_RATE, BATCH_SIZE, EPOCHS, L2, SCHEDULE, DECAY,
        PERIOD, ON, WORKERS};
    /** The rows that are fields of the recipe, with the field of each. */
    static final Property[] RECIPE_ROWS = {OPTIMIZER, LEARNING_RATE, BATCH_SIZE, EPOCHS, L2, SCHEDULE, DECAY, PERIOD};
    static final Field[] RECIPE_FIELDS = {Field.OPTIMIZER, Field.LEARNING_RATE, Field.BATCH_SIZE, Field.EPOCHS,
        Field.L2, Field.SCHEDULE, Field.DECAY, Field.PERIOD};

    private StudioSettings() {
    }

    /** The recipe field of a row of {@link #RECIPE_ROWS}. */
    static Field fieldOf(Property row) {
        return RECIPE_FIELDS[recipeIndex(row)];
    }

    /** The position of {@code row} in {@link #RECIPE_ROWS}. */
    static int recipeIndex(Property row) {
        for (int i = 0; i < RECIPE_ROWS.length; i++) {
            if (RECIPE_ROWS[i] == row) {
                return i;
            }
        }
        throw new IllegalArgumentException("'" + row.name() + "' is not a field of the recipe");
    }

    private static Property recipeField(String name, Field field) {
        return Property.text(name, field.title(), MLP.text(field), text -> recipeProblem(field, text));
    }

    private static String recipeProblem(Field field, String text) {
        return new RecipeForm().set(field, text).problem(field);
    }
}
