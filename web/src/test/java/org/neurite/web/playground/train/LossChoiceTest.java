package org.neurite.web.playground.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.optim.LearningRateSchedule;
import org.neurite.web.playground.Playground;
import org.neurite.web.playground.model.OutputRecipe;
import org.neurite.web.playground.state.PlaygroundState;
import org.neurite.web.playground.state.Settings;

/**
 * The Playground's loss menu on the JVM: Huber trains a regression set and comes back from its link; on a
 * classification set it is not used, and the page is told why. The loss plot's rate is the engine's schedule.
 */
class LossChoiceTest {
    private static final String HUBER_PLANE = "#dataset=plane&noise=20&layers=4&activations=tanh&loss=huber"
            + "&learningRate=0.03&seed=4";

    @Test
    void huberTrainsARegressionSetAndItsLinkBringsItBack() {
        Playground playground = new Playground(PlaygroundState.fromHash(HUBER_PLANE).state);
        assertEquals("huber", playground.session().model().loss().id());
        float before = playground.session().metrics().testLoss;
        Session session = SessionTest.train(playground.session(), 60);
        float after = session.metrics().testLoss;
        assertTrue(after < 0.05f && after < before / 4, "Huber test loss " + before + " -> " + after);

        String link = playground.state().toHash();
        assertTrue(link.contains("&loss=huber&"), link);
        Playground reopened = new Playground(PlaygroundState.fromHash(link).state);
        assertEquals("huber", reopened.state().text(Settings.LOSS));
        assertEquals(playground.session().model().spec().toText(), reopened.session().model().spec().toText());
        assertEquals("", OutputRecipe.unused(reopened.data().problem(), "huber"));
    }

    @Test
    void huberIsTheEnginesHuberNotSquaredError() {
        Playground huber = new Playground(PlaygroundState.fromHash(HUBER_PLANE).state);
        Playground squared = new Playground(PlaygroundState.fromHash(HUBER_PLANE.replace("huber", "mse")).state);
        assertEquals("mse", squared.session().model().loss().id());
        float h = huber.session().metrics().trainLoss;
        float m = squared.session().metrics().trainLoss;
        // same data, same first weights: Huber is at most half the squared error, point by point
        assertTrue(h > 0f && h <= 0.5f * m * 1.0001f, "Huber " + h + ", squared error " + m);
    }

    @Test
    void onAClassificationSetHuberIsNotUsedAndThePageSaysWhy() {
        Playground playground = new Playground(PlaygroundState.fromHash("#dataset=circle&loss=huber").state);
        assertEquals("binaryCrossEntropy", playground.session().model().loss().id());
        assertEquals("huber", playground.state().text(Settings.LOSS), "kept for when a regression set is picked");
        assertEquals("crossEntropy", OutputRecipe.shown(playground.data().problem(), "huber"));
        assertTrue(OutputRecipe.unused(playground.data().problem(), "huber").startsWith(
                "Huber loss is for the regression sets"));
        assertEquals(null, playground.change(Settings.DATASET, "multigaussian"));
        assertEquals("huber", playground.session().model().loss().id(), "a regression set takes Huber up again");
    }

    @Test
    void theLossHistoryKeepsTheRateTheEngineScheduledForEachEpoch() {
        Playground playground = new Playground(PlaygroundState.fromHash(HUBER_PLANE
                + "&schedule=cosine&period=10").state);
        Session session = SessionTest.train(playground.session(), 25);
        float[] epochs = session.history().epochs();
        float[] rates = session.history().learningRate();
        assertEquals(0.03f, rates[0], "epoch 0: the rate the first epoch starts with");
        for (int i = 1; i < epochs.length; i++) {
            int epoch = (int) epochs[i];
            float expected = LearningRateSchedule.COSINE.rate(0.03f, epoch - 1, 0.5f, 10);
            assertEquals(expected, rates[i], "epoch " + epoch);
        }
        assertTrue(rates[10] < 0.001f && rates[11] == 0.03f, "down over a period, then up again: " + rates[10]
                + ", " + rates[11]);
    }
}
