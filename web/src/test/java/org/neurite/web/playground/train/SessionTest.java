package org.neurite.web.playground.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.train.RunHost;
import org.neurite.engine.train.RecipeForm;
import org.neurite.engine.train.RunState;
import org.neurite.web.dom.Numbers;
import org.neurite.web.playground.Playground;
import org.neurite.web.playground.state.PlaygroundState;
import org.neurite.web.playground.state.Settings;

class SessionTest {
    /** A clock that advances one millisecond per reading: a budget of n ms trains about n batches. */
    static RunHost.Clock ticking() {
        int[] ticks = {0};
        return () -> ticks[0]++;
    }

    static Session train(Session session, int maxEpochs) {
        session.play();
        RunHost.Clock clock = ticking();
        while (session.state() == RunState.RUNNING && session.epochs() < maxEpochs) {
            session.trainFor(25, clock);
        }
        return session;
    }

    @Test
    void stopsAtTheTargetTestLossAndSaysWhen() {
        Playground playground = new Playground(PlaygroundState.fromHash("#dataset=gaussian&layers=2&targetLoss=0.1"
                + "&learningRate=0.1").state);
        Session session = train(playground.session(), 500);
        assertTrue(session.targetReached());
        assertEquals(RunState.STOPPED, session.state(), "the engine run ends at the target");
        assertTrue(session.metrics().testLoss <= 0.1f, "test loss " + session.metrics().testLoss);
        assertEquals("Reached test loss " + Numbers.loss(session.metrics().testLoss) + ", at or below the target"
                + " 0.1000, after " + session.epochs() + (session.epochs() == 1 ? " epoch." : " epochs."),
                session.message());
        assertEquals(session.epochs() + 1, session.history().count(), "epoch 0 and every epoch since");
    }

    @Test
    void afterTheTargetPlayGoesOnWithANewRunOnTheSameWeights() {
        Playground playground = new Playground(PlaygroundState.fromHash("#dataset=gaussian&layers=2&targetLoss=0.1"
                + "&learningRate=0.1").state);
        Session session = train(playground.session(), 500);
        assertTrue(session.targetReached());
        int epochs = session.epochs();
        String weights = session.model().weightDigest();
        session.play();
        assertFalse(session.targetReached());
        assertEquals(RunState.RUNNING, session.state(), "a new engine run, playing");
        assertEquals("", session.message());
        assertEquals(weights, session.model().weightDigest(), "the weights it stopped with");
        session.pause();
        assertEquals(RunState.PAUSED, session.state());
        session.stepOnce();
        assertEquals(epochs, session.epochs(), "the epoch count goes on from where it stopped");
        assertFalse(weights.equals(session.model().weightDigest()), "one batch trained");
    }

    @Test
    void aDivergedRunStopsWithTheEnginesExplanation() {
        Playground playground = new Playground(PlaygroundState.fromHash("#dataset=plane&layers=8,8"
                + "&activations=relu&learningRate=100").state);
        Session session = train(playground.session(), 100);
        assertEquals(RunState.DIVERGED, session.state());
        assertTrue(session.message().startsWith("Training diverged: the loss "), session.message());
        assertTrue(session.message().contains("The learning rate 100.0 is too high for this network; try 1.0"),
                session.message());
        assertTrue(session.message().endsWith(" Press reset to start again."), session.message());
        assertFalse(session.canTrain());
        playground.reset();
        assertTrue(playground.session().canTrain());
        assertEquals(0, playground.session().epochs());
    }

    @Test
    void newHyperparametersCarryOnFromTheCurrentWeights() {
        Playground playground = new Playground(PlaygroundState.fromHash("#dataset=xor&layers=4&seed=3").state);
        Session session = train(playground.session(), 5);
        session.pause();
        String weights = session.model().weightDigest();
        int epochs = session.epochs();
        assertEquals(null, playground.change(Settings.OPTIMIZER, "adam"));
        assertEquals(null, playground.change(Settings.LEARNING_RATE, "0.01"));
        assertTrue(playground.session() == session, "the same session goes on");
        assertEquals(weights, session.model().weightDigest(), "weights untouched by the change");
        train(session, epochs + 3);
        assertEquals(epochs + 3, session.epochs(), "the epoch count goes on");
    }

    @Test
    void oneStepTrainsOneBatchAndMeasuresAtOnce() {
        Playground playground = new Playground(new PlaygroundState());
        Session session = playground.session();
        float before = session.metrics().trainLoss;
        String weights = session.model().weightDigest();
        session.stepOnce();
        assertEquals(RunState.PAUSED, session.state());
        assertFalse(weights.equals(session.model().weightDigest()));
        assertFalse(before == session.metrics().trainLoss, "the loss was measured again");
        assertEquals(0, session.epochs(), "one batch is not an epoch");
    }

    @Test
    void theSameStateTrainsTheSameNetwork() {
        String hash = "#dataset=spiral&noise=10&layers=6,6&activations=relu&optimizer=adam&seed=9";
        Session a = train(new Playground(PlaygroundState.fromHash(hash).state).session(), 3);
        Session b = train(new Playground(PlaygroundState.fromHash(hash).state).session(), 3);
        assertEquals(a.model().weightDigest(), b.model().weightDigest());
    }

    @Test
    void historyKeepsItsShapeAtAFixedSize() {
        LossHistory history = new LossHistory();
        for (int epoch = 0; epoch < 5000; epoch++) {
            history.add(epoch, 1f / (epoch + 1), Float.NaN, 0.5f / (epoch + 1));
        }
        assertTrue(history.count() <= LossHistory.CAPACITY, "count " + history.count());
        float[] epochs = history.epochs();
        assertEquals(0f, epochs[0]);
        assertTrue(epochs[epochs.length - 1] >= 4990f, "the latest epochs are kept");
        for (int i = 1; i < epochs.length; i++) {
            assertTrue(epochs[i] > epochs[i - 1]);
        }
        float[] rates = history.learningRate();
        for (int i = 0; i < epochs.length; i++) {
            assertEquals(0.5f / (epochs[i] + 1), rates[i], "the rate stays with its epoch when points are thinned");
        }
    }

    /** A handful of points reaches the engine's epoch limit quickly: the page says so, and play goes on. */
    @Test
    void theEpochLimitIsSaidAndPlayGoesOnWithTheSameWeights() {
        Playground playground = new Playground(PlaygroundState.fromHash("#layers=2&batchSize=10&seed=3").state);
        assertEquals(null, playground.upload("four.csv", "x1,x2,label\n-1,-1,0\n1,1,0\n-1,1,1\n1,-1,1\n"));
        Session session = train(playground.session(), Integer.MAX_VALUE);
        assertEquals(RunState.DONE, session.state());
        assertEquals(RecipeForm.MAX_EPOCHS, session.epochs());
        assertTrue(session.message().contains("100,000") && session.message().contains("play to go on"),
                session.message());
        assertTrue(session.canTrain(), "the end of a run is not the end of the road");
        String weights = session.model().weightDigest();
        session.play();
        assertEquals(RunState.RUNNING, session.state());
        assertEquals(weights, session.model().weightDigest());
        session.trainFor(25, ticking());
        assertTrue(session.epochs() > RecipeForm.MAX_EPOCHS, "epochs " + session.epochs());
    }
}
