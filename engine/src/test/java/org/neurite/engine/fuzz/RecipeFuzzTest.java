package org.neurite.engine.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.engine.train.NamedRecipe;
import org.neurite.engine.train.Recipe;

/** The recipe text parser: a recipe whose text reads back the same, or an IllegalArgumentException with a message. */
class RecipeFuzzTest {

    static List<String> seeds() {
        List<String> seeds = new ArrayList<>();
        for (NamedRecipe named : NamedRecipe.values()) {
            seeds.add(named.id());
            seeds.add(named.recipe().toText());
        }
        seeds.add("from=mlp&epochs=1");
        seeds.add("optimizer=adam&lr=0.01&epochs=20&spec=input 2 | dense 8 tanh | dense 8 tanh | dense 2 linear"
                + " | loss softmaxCrossEntropy");
        seeds.add("#from=cnn&schedule=cosine&period=2&l2=0.001&seed=7&shuffle=false&limit=100&decay=0.5");
        return seeds;
    }

    @Test
    void anyRecipeIsReadOrRefusedWithAMessage() {
        FuzzRun.run("recipe", TextFuzz.inputs(7, seeds(), "0123456789.&=%+-abcdefghilmnoprstuvwxyz |#", 120), text -> {
            Recipe recipe = Recipe.parse(text);
            assertEquals(recipe.toText(), Recipe.parse(recipe.toText()).toText());
        }, 64, IllegalArgumentException.class);
    }
}
