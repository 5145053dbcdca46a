package org.neurite.web.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.engine.optim.LearningRateSchedule;
import org.neurite.engine.train.NamedRecipe;
import org.neurite.engine.train.Recipe;

class StudioStateTest {
    @Test
    void aPresetLinkTrainsTheWholeNamedRecipeDecayIncluded() {
        for (NamedRecipe preset : new NamedRecipe[] {NamedRecipe.MLP, NamedRecipe.DEEPER_MLP, NamedRecipe.QUICK_CNN,
            NamedRecipe.CNN}) {
            StudioState.Loaded loaded = StudioState.fromHash("#preset=" + preset.id());
            assertEquals(List.of(), loaded.warnings);
            Recipe trained = loaded.state.recipe();
            assertEquals(preset.recipe().decay(), trained.decay(), preset.id() + ": the schedule bench/README reports");
            assertEquals(preset.recipe(), trained, preset.id());
        }
    }

    @Test
    void theHashRoundTripsAndLinksWrittenBeforeTheScheduleRowsReadTheSame() {
        StudioState state = StudioState.fromHash("#preset=cnn&opt=adam&lr=0.01&batch=64&epochs=2&l2=0.0&decay=0.3")
                .state;
        assertEquals("#preset=cnn&opt=adam&lr=0.01&batch=64&epochs=2&l2=0.0&schedule=inverse&decay=0.3&period=10",
                state.toHash());
        StudioState back = StudioState.fromHash(state.toHash()).state;
        assertEquals(state.toHash(), back.toHash());
        Recipe r = back.recipe();
        assertEquals(0.01f, r.learningRate(), 0f);
        assertEquals(2, r.epochs());
        assertEquals(0.3f, r.decay(), 0f);
        assertEquals(LearningRateSchedule.INVERSE, r.schedule());
    }

    @Test
    void aScheduleInTheLinkIsTheRunsSchedule() {
        Recipe r = StudioState.fromHash("#preset=mlp&schedule=cosine&period=4").state.recipe();
        assertEquals(LearningRateSchedule.COSINE, r.schedule());
        assertEquals(4, r.period());
        assertEquals(NamedRecipe.MLP.recipe().learningRate(), r.learningRate(), 0f, "the rest is the preset's");
    }

    @Test
    void aCustomSpecAndTheLinksMistakesGoThroughTheEnginesValidator() {
        StudioState.Loaded loaded = StudioState.fromHash("#preset=custom&spec=input+1x28x28+|+flatten+|+dense+10"
                + "+linear+|+loss+softmaxCrossEntropy&lr=fast");
        assertEquals(List.of("the link's learning rate (lr=fast) was not used: learning rate 'fast' is not a number;"
                + " write one such as 0.001; using 0.001"), loaded.warnings);
        assertEquals("input 1x28x28 | flatten | dense 10 linear | loss softmaxCrossEntropy",
                loaded.state.recipe().spec().toText());
        assertEquals("Custom model", loaded.state.title());
        assertTrue(StudioState.fromHash("#preset=resnet").warnings.get(0).contains("'resnet' is not one of: mlp,"
                + " deeper-mlp, quick-cnn, cnn, custom"));
        assertTrue(StudioState.fromHash("#preset=custom&spec=input+3").warnings.get(0)
                .startsWith("the link's model (spec=input 3) was not used:"));
    }

    @Test
    void customStartsFromTheModelOnScreen() {
        StudioState state = StudioState.fromHash("#preset=cnn").state;
        state.usePreset(StudioSettings.CUSTOM);
        assertTrue(state.isCustom());
        assertEquals(NamedRecipe.CNN.recipe().spec().toText(), state.recipe().spec().toText());
        assertTrue(state.toHash().contains("&spec=input+1x28x28+|+conv"), state.toHash());
        state.usePreset("mlp");
        assertFalse(state.toHash().contains("spec="), "a preset's link names the preset, not its layers");
    }

    @Test
    void aLinkThatTrainsOnTheServerSaysSoAndRoundTrips() {
        StudioState state = StudioState.fromHash("#preset=cnn&epochs=2&on=server").state;
        assertTrue(state.onServer());
        assertEquals("2", state.text(StudioSettings.EPOCHS));
        String hash = state.toHash();
        assertTrue(hash.endsWith("&on=server"), hash);
        StudioState again = StudioState.fromHash(hash).state;
        assertTrue(again.onServer());
        assertEquals(hash, again.toHash());
        assertEquals(state.recipe(), again.recipe(), "the same recipe, wherever it trains");
    }

    @Test
    void thisBrowserIsTheDefaultAndLeavesTheLinkAsItWas() {
        StudioState state = StudioState.fromHash("#preset=mlp&epochs=1").state;
        assertFalse(state.onServer());
        assertFalse(state.toHash().contains("on="), state.toHash());
        state.put(StudioSettings.ON, StudioSettings.SERVER);
        assertTrue(state.toHash().contains("&on=server"), state.toHash());
        state.put(StudioSettings.ON, StudioSettings.BROWSER);
        assertFalse(state.toHash().contains("on="), state.toHash());
    }

    @Test
    void anUnknownPlaceTrainsInThisBrowserAndSaysSo() {
        StudioState.Loaded cloud = StudioState.fromHash("#preset=mlp&on=cloud");
        assertFalse(cloud.state.onServer());
        assertEquals(1, cloud.warnings.size(), cloud.warnings.toString());
        assertTrue(StudioState.fromHash("#on=server").state.onServer(), "with nothing else in the link");
    }

    @Test
    void theWorkerCountIsInTheLinkOnlyWhenChosen() {
        StudioState plain = StudioState.fromHash("#preset=mlp").state;
        assertEquals(0, plain.workers(), "automatic");
        assertFalse(plain.toHash().contains("workers"), plain.toHash());
        StudioState.Loaded two = StudioState.fromHash("#preset=mlp&workers=2");
        assertEquals(List.of(), two.warnings);
        assertEquals(2, two.state.workers());
        assertTrue(two.state.toHash().endsWith("&workers=2"), two.state.toHash());
        StudioState.Loaded nine = StudioState.fromHash("#preset=mlp&workers=9");
        assertEquals(0, nine.state.workers());
        assertTrue(nine.warnings.get(0).contains("'9' is not one of: auto, 1, 2"), nine.warnings.get(0));
    }
}
