package org.neurite.web.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.train.NamedRecipe;
import org.neurite.engine.train.Recipe;
import org.neurite.engine.train.RecipeForm;

class StudioStateTest {
    @Test
    void aPresetLinkTrainsTheWholeNamedRecipeDecayIncluded() {
        for (NamedRecipe preset : new NamedRecipe[] {NamedRecipe.MLP, NamedRecipe.DEEPER_MLP, NamedRecipe.CNN}) {
            StudioState state = StudioState.fromHash("#preset=" + preset.id());
            assertNull(state.linkProblem);
            Recipe trained = state.form().recipe();
            assertEquals(preset.recipe().decay(), trained.decay(), preset.id() + ": the schedule bench/README reports");
            assertEquals(preset.recipe(), trained, preset.id());
        }
    }

    @Test
    void theHashRoundTripsWhatWasTyped() {
        StudioState state = StudioState.fromHash("#preset=cnn&lr=0.01&epochs=2");
        StudioState back = StudioState.fromHash(state.toHash());
        assertEquals(state.toHash(), back.toHash());
        Recipe r = back.form().recipe();
        assertEquals(0.01f, r.learningRate(), 0f);
        assertEquals(2, r.epochs());
        assertEquals(0.3f, r.decay(), 0f);
    }

    @Test
    void aCustomSpecAndTypingMistakesGoThroughTheEnginesValidator() {
        StudioState state = StudioState.fromHash("#preset=custom&spec=input+1x28x28+|+flatten+|+dense+10+linear"
                + "+|+loss+softmaxCrossEntropy&lr=fast");
        RecipeForm form = state.form();
        assertEquals("learning rate 'fast' is not a number; write one such as 0.001",
                form.problem(RecipeForm.Field.LEARNING_RATE));
        assertEquals("input 1x28x28 | flatten | dense 10 linear | loss softmaxCrossEntropy",
                form.text(RecipeForm.Field.SPEC));
        assertTrue(StudioState.fromHash("#preset=resnet").linkProblem.contains("'resnet'"));
    }

    @Test
    void aLinkThatTrainsOnTheServerSaysSoAndRoundTrips() {
        StudioState state = StudioState.fromHash("#preset=cnn&epochs=2&on=server");
        assertTrue(state.onServer());
        assertEquals("cnn", state.preset);
        assertEquals("2", state.epochs);
        String hash = state.toHash();
        assertTrue(hash.endsWith("&on=server"), hash);
        StudioState again = StudioState.fromHash(hash);
        assertTrue(again.onServer());
        assertEquals(hash, again.toHash());
        assertEquals(state.form().recipe(), again.form().recipe(), "the same recipe, wherever it trains");
    }

    @Test
    void thisBrowserIsTheDefaultAndLeavesTheLinkAsItWas() {
        StudioState state = StudioState.fromHash("#preset=mlp&epochs=1");
        assertFalse(state.onServer());
        assertFalse(state.toHash().contains("on="), state.toHash());
        state.on = StudioState.SERVER;
        assertTrue(state.toHash().contains("&on=server"), state.toHash());
        state.on = StudioState.BROWSER;
        assertFalse(state.toHash().contains("on="), state.toHash());
    }

    @Test
    void anUnknownPlaceTrainsInThisBrowser() {
        assertFalse(StudioState.fromHash("#preset=mlp&on=cloud").onServer());
        assertFalse(StudioState.fromHash("#on=").onServer());
        assertTrue(StudioState.fromHash("#on=server").onServer(), "with nothing else in the link");
    }
}
