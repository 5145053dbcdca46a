package org.neurite.web.playground.state;

import org.neurite.web.dom.ValueText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaygroundStateTest {
    private static final String EVERY_SETTING = "#dataset=multiclass&classes=4&noise=20&trainShare=70&seed=7"
            + "&features=x1,x2,sinx1&layers=5,3,2&activations=relu,tanh,sigmoid&loss=mse&learningRate=0.1"
            + "&batchSize=20&optimizer=rmsprop&regularization=l2&regularizationRate=0.003&targetLoss=0.02"
            + "&showTest=true&discretize=true&schedule=cosine&decay=0.5&period=20&boundary=x2+%3E+x1%5E2"
            + "&points=1.5,-2,1;0,3.25,0&removed=3,17&hide=noise,upload";

    @Test
    void theDefaultsMakeTheDefaultLink() {
        assertEquals("#dataset=circle&classes=3&noise=0&trainShare=50&seed=1&features=x1,x2&layers=4,2"
                + "&activations=tanh,tanh&loss=crossEntropy&learningRate=0.03&batchSize=10&optimizer=sgd"
                + "&regularization=none&regularizationRate=0.001&targetLoss=0&showTest=false&discretize=false"
                + "&schedule=none&decay=0.5&period=50",
                new PlaygroundState().toHash());
    }

    @Test
    void everySettingRoundTripsThroughTheHash() {
        PlaygroundState.Loaded loaded = PlaygroundState.fromHash(EVERY_SETTING);
        assertEquals(List.of(), loaded.warnings);
        assertEquals(EVERY_SETTING, loaded.state.toHash());
        assertEquals(0.1f, loaded.state.decimal(Settings.LEARNING_RATE));
        assertEquals(20, loaded.state.integer(Settings.BATCH_SIZE));
        assertTrue(loaded.state.flag(Settings.DISCRETIZE));
    }

    @Test
    void refusedValuesKeepThePreviousOneAndSayWhy() {
        PlaygroundState state = new PlaygroundState();
        assertEquals("learning rate 1000000.0 is not usable: it must be a number above 0 and at most 100; typical"
                + " values are 0.001 to 0.5 (try 0.01)", state.set(Settings.LEARNING_RATE, "1e6"));
        assertEquals("0.03", state.text(Settings.LEARNING_RATE));
        assertEquals("'fast' is not a number; write one such as 0.03 or 1e-3", state.set(Settings.LEARNING_RATE, "fast"));
        assertEquals("neurons per layer: 0 is out of range; use a whole number from 1 to 16 (a layer needs at least"
                + " 1 neuron)", state.set(Settings.LAYERS, "4,0"));
        assertEquals("9 hidden layers is too many; use 0 to 8", state.set(Settings.LAYERS, "1,1,1,1,1,1,1,1,1"));
        assertEquals("unknown activation 'swish' (allowed: linear, sigmoid, tanh, relu, leakyRelu, step)",
                state.set(Settings.ACTIVATIONS, "relu,swish"));
        assertEquals("'huge' is not one of: sgd, momentum, nesterov, adagrad, rmsprop, adam",
                state.set(Settings.OPTIMIZER, "huge"));
        assertEquals("60 is out of range; use a whole number from 0 to 50", state.set(Settings.NOISE, "60"));
        assertTrue(state.set(Settings.REGULARIZATION_RATE, "-1").startsWith("regularization rate -1.0 must be"));
        assertTrue(state.set(Settings.HIDE, "noise,everything").startsWith("'everything' is not a control"));
        assertTrue(state.set(Settings.LOCK, "layers,all").startsWith("'all' is not a control that can be locked"),
                state.set(Settings.LOCK, "layers,all"));
        assertEquals(new PlaygroundState().toHash(), state.toHash(), "nothing changed");
        assertNull(state.set(Settings.LAYERS, ""), "no hidden layer at all is allowed");
        assertTrue(state.toHash().contains("&layers=&"), "and travels in the link: " + state.toHash());
        assertEquals("", PlaygroundState.fromHash(state.toHash()).state.text(Settings.LAYERS));
    }

    @Test
    void aLinkWithMistakesKeepsWhatIsGoodAndListsTheRest() {
        PlaygroundState.Loaded loaded = PlaygroundState.fromHash("#noise=10&layers=0&colour=red&seed=x");
        assertEquals(10, loaded.state.integer(Settings.NOISE));
        assertEquals("4,2", loaded.state.text(Settings.LAYERS));
        assertEquals(List.of(
                "the link's hidden layers (layers=0) was not used: neurons per layer: 0 is out of range; use a whole"
                        + " number from 1 to 16 (a layer needs at least 1 neuron); using 4,2",
                "the link's 'colour' is not a Playground setting and was ignored",
                "the link's seed (seed=x) was not used: 'x' is not a whole number; use one from 0 to 999999999;"
                        + " using 1"), loaded.warnings);
    }

    @Test
    void pointListsAddAndRemovePoints() {
        String points = PointList.append("", 1.234f, -2f, 1f);
        points = PointList.append(points, 0.1f, 3.256f, 0f);
        assertEquals("1.23,-2,1;0.1,3.26,0", points);
        PointList list = PointList.parse(points);
        assertEquals(2, list.size());
        assertEquals(3.26f, list.x2(1));
        assertEquals("0.1,3.26,0", PointList.remove(points, 0));
        assertEquals("added point 1 ('1,2') needs three numbers: x1,x2,label", PointList.problem("1,2"));
        assertEquals("-0.5", PointList.twoDecimals(-0.5f));
        assertEquals("0.05", PointList.twoDecimals(0.049f));
    }

    @Test
    void valueTextReadsOnlyPlainNumbers() {
        assertEquals(0.03f, ValueText.decimal(" 0.03 "));
        assertEquals(1e-3f, ValueText.decimal("1e-3"));
        assertEquals(-2f, ValueText.decimal("-2"));
        for (String bad : new String[] {"", "NaN", "1f", "0x10", "1e", ".", "1.2.3", "Infinity"}) {
            assertTrue(Float.isNaN(ValueText.decimal(bad)), bad);
        }
        assertEquals(-12, ValueText.integer("-12", 0));
        assertEquals(7, ValueText.integer("1.5", 7));
        assertEquals(7, ValueText.integer("9999999999", 7));
    }
}
