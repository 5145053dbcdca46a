package org.neurite.web.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.data.InputFeatures;
import org.neurite.web.playground.state.PlaygroundState;
import org.neurite.web.playground.state.Settings;

class PlaygroundTest {
    @Test
    void dataChangesStartAfreshAndDropTheEditsOfTheOldData() {
        Playground playground = new Playground(new PlaygroundState());
        assertNull(playground.addPoint(1f, 1f, 1f));
        assertEquals(501, playground.data().count());
        int structure = playground.structureVersion();
        assertNull(playground.change(Settings.NOISE, "10"));
        assertEquals(500, playground.data().count(), "the added point belonged to the old data");
        assertEquals("", playground.state().text(Settings.POINTS));
        assertTrue(playground.structureVersion() > structure, "a new network");
    }

    @Test
    void erasingFindsTheNearestPointAndRemembersIt() {
        Playground playground = new Playground(PlaygroundState.fromHash("#dataset=gaussian").state);
        float x1 = playground.data().x1(10);
        float x2 = playground.data().x2(10);
        assertTrue(playground.erasePointNear(x1, x2, 0.01f));
        assertEquals(499, playground.data().count());
        assertEquals("10", playground.state().text(Settings.REMOVED));
        assertFalse(playground.erasePointNear(100f, 100f, 0.5f), "nothing there");
    }

    @Test
    void aBadUploadChangesNothingAndAGoodOneReplacesTheData() {
        Playground playground = new Playground(new PlaygroundState());
        String hash = playground.state().toHash();
        assertEquals("bad.csv: line 3 has 1 value but the header has 3 columns; give every row one value per column"
                + " (wrap a value that contains a comma in double quotes)",
                playground.upload("bad.csv", "a,b,c\n1,2,0\n5\n"));
        assertEquals(hash, playground.state().toHash());
        assertEquals(500, playground.data().count());
        assertNull(playground.upload("good.csv", "a,b,c\n1,2,0\n5,6,1\n7,7,1\n"));
        assertEquals("csv", playground.state().text(Settings.DATASET));
        assertEquals(3, playground.data().count());
        assertEquals("good.csv", playground.data().source());
    }

    @Test
    void aLinkToAnUploadFallsBackAndSaysWhy() {
        Playground playground = new Playground(PlaygroundState.fromHash("#dataset=csv&points=1,1,1").state);
        assertEquals("circle", playground.state().text(Settings.DATASET));
        assertTrue(playground.takeNotice().startsWith("This link was made with an uploaded CSV file"));
        assertEquals("", playground.takeNotice(), "said once");
        assertEquals("no CSV file has been uploaded yet; use \"Upload CSV\" to choose one",
                playground.change(Settings.DATASET, "csv"));
    }

    @Test
    void theLastFeatureCannotBeTurnedOff() {
        Playground playground = new Playground(PlaygroundState.fromHash("#features=x1").state);
        assertEquals("the network needs at least one input feature; turn another on before turning x1 off",
                playground.toggleFeature(InputFeatures.Feature.X1));
        assertNull(playground.toggleFeature(InputFeatures.Feature.SIN_X2));
        assertEquals("x1,sinx2", playground.state().text(Settings.FEATURES));
        assertEquals(2, playground.session().model().inputSize());
    }

    @Test
    void typedWeightsAreCheckedAndSetExactly() {
        Playground playground = new Playground(new PlaygroundState());
        assertEquals("'big' is not a number; type one such as 0.5, -1.2 or 2e-3",
                playground.setParameter(0, 0, 0, "big"));
        assertEquals("5000.0 is too large for a weight here; type a number between -1000 and 1000",
                playground.setParameter(0, 0, 0, "5000"));
        int version = playground.session().weightVersion();
        assertNull(playground.setParameter(1, Playground.BIAS, 1, "-0.25"));
        assertNull(playground.setParameter(1, 3, 0, "0.75"));
        org.neurite.engine.nn.Dense dense = (org.neurite.engine.nn.Dense) playground.session().model().layer(1);
        assertEquals(-0.25f, dense.bias(1));
        assertEquals(0.75f, dense.weight(3, 0));
        assertEquals(0.75f, dense.weights().value()[3 * dense.outputSize()], "W[from][to] in the engine's layout");
        assertTrue(playground.session().weightVersion() > version, "views redraw");
    }
}
