package org.neurite.web.playground.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.neurite.engine.data.InputFeatures;
import org.neurite.engine.nn.Activation;
import org.neurite.web.playground.state.PlaygroundState;

class NetworkTest {
    private static Network of(String hash) {
        return Network.of(PlaygroundState.fromHash(hash).state);
    }

    @Test
    void theOutputAndLossFitTheProblem() {
        Network net = of("#layers=4&activations=tanh");
        InputFeatures xy = InputFeatures.COORDINATES;
        assertEquals("input 2 | dense 4 tanh | dense 1 linear | loss binaryCrossEntropy",
                net.spec(xy, Problem.BINARY, 2, "crossEntropy").toText());
        assertEquals("input 2 | dense 4 tanh | dense 1 sigmoid | loss mse", net.spec(xy, Problem.BINARY, 2, "mse").toText());
        assertEquals("input 2 | dense 4 tanh | dense 3 linear | loss softmaxCrossEntropy",
                net.spec(xy, Problem.MULTICLASS, 3, "crossEntropy").toText());
        assertEquals("input 2 | dense 4 tanh | dense 3 sigmoid | loss mse",
                net.spec(xy, Problem.MULTICLASS, 3, "mse").toText());
        assertEquals("input 2 | dense 4 tanh | dense 1 linear | loss mse", net.spec(xy, Problem.REGRESSION, 0, "crossEntropy").toText());
        assertEquals("input 3 | dense 1 linear | loss mse",
                of("#layers=").spec(InputFeatures.parse("x1,x2,x1x2"), Problem.REGRESSION, 0, "mse").toText());
        assertEquals("input 2 | dense 4 tanh | dense 1 linear | loss huber",
                net.spec(xy, Problem.REGRESSION, 0, "huber").toText());
        assertEquals("input 2 | dense 4 tanh | dense 1 linear | loss binaryCrossEntropy",
                net.spec(xy, Problem.BINARY, 2, "huber").toText(), "Huber is for regression: classes keep cross-entropy");
    }

    @Test
    void shortActivationListsArePaddedWithTheirLastEntry() {
        Network net = of("#layers=8,8,8&activations=relu");
        assertEquals(Activation.RELU, net.activation(2));
        assertEquals(Activation.RELU, net.commonActivation());
        assertNull(of("#layers=2,2&activations=relu,tanh").commonActivation());
    }

    @Test
    void editsStayWithinThePlaygroundsLimits() {
        Network one = of("#layers=1&activations=relu");
        assertFalse(one.canRemoveNeuron(0));
        assertThrows(IllegalArgumentException.class, () -> one.withNeurons(0, -1));
        Network wide = of("#layers=16");
        assertFalse(wide.canAddNeuron(0));
        assertThrows(IllegalArgumentException.class, () -> wide.withNeurons(0, 1));
        Network deep = of("#layers=1,1,1,1,1,1,1,1");
        assertFalse(deep.canAddLayer());
        assertThrows(IllegalArgumentException.class, deep::withLayerAdded);
        Network grown = one.withLayerAdded();
        assertEquals(2, grown.layerCount());
        assertEquals(1, grown.size(1));
        assertEquals(Activation.RELU, grown.activation(1));
        assertEquals(2, of("#layers=").withLayerAdded().size(0));
        PlaygroundState state = new PlaygroundState();
        grown.withActivation(1, Activation.SIGMOID).writeTo(state);
        assertEquals("1,1", state.text(org.neurite.web.playground.state.Settings.LAYERS));
        assertEquals("relu,sigmoid", state.text(org.neurite.web.playground.state.Settings.ACTIVATIONS));
    }
}
