package org.neurite.engine.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.nn.Activation;
import org.neurite.engine.nn.Dense;
import org.neurite.engine.nn.Init;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.random.Rng;

/** Lesson 9: gradients vanish through deep sigmoid stacks and keep flowing with ReLU and He init. */
class DeepNetworkTest {

    @Test
    void normsAreTheLengthsOfEachDenseLayersWeightGradient() {
        Model model = Model.create(ModelSpec.parse("input 2 | dense 2 tanh | dense 1 linear | loss mse"), new Rng(1));
        float[] first = ((Dense) model.layer(0)).weights().grad();
        System.arraycopy(new float[] {3, 0, 0, 4}, 0, first, 0, 4);
        float[] second = ((Dense) model.layer(1)).weights().grad();
        System.arraycopy(new float[] {1, 1}, 0, second, 0, 2);
        double[] norms = GradientNorms.of(model);
        assertEquals(2, norms.length);
        assertEquals(5, norms[0], 1e-12);
        assertEquals(Math.sqrt(2), norms[1], 1e-12);
    }

    @Test
    void theSpecHasEightDenseLayers() {
        ModelSpec spec = DeepNetwork.spec(Activation.SIGMOID, Init.GLOROT);
        assertEquals(8, spec.layers().size());
        assertTrue(spec.toText().startsWith("input 2 | dense 8 sigmoid"), spec.toText());
    }

    @Test
    void sigmoidStarvesTheFirstLayerWhileReluFeedsIt() {
        DeepNetwork sigmoid = trained(Activation.SIGMOID, Init.GLOROT);
        DeepNetwork relu = trained(Activation.RELU, Init.HE);
        assertTrue(sigmoid.averageNorm(0) < relu.averageNorm(0) / 100,
                "first layer: sigmoid " + sigmoid.averageNorm(0) + ", relu " + relu.averageNorm(0));
        assertTrue(sigmoid.firstToLastRatio() < 0.01, "sigmoid ratio " + sigmoid.firstToLastRatio());
        assertTrue(relu.firstToLastRatio() > 0.1 && relu.firstToLastRatio() < 10,
                "relu ratio " + relu.firstToLastRatio());
        assertTrue(trained(Activation.RELU, Init.SMALL).firstToLastRatio() < 0.01, "tiny weights vanish too");
    }

    private static DeepNetwork trained(Activation activation, Init init) {
        DeepNetwork network = new DeepNetwork(activation, init, 0.05f, 1);
        for (int i = 0; i < 60; i++) {
            network.step();
        }
        assertEquals(60, network.steps());
        return network;
    }

    @Test
    void compoundingADailyFactor() {
        assertEquals(0.025518, Compounding.repeat(0.99, 365), 1e-6);
        assertEquals(37.783434, Compounding.repeat(1.01, 365), 1e-5);
        double[] series = Compounding.series(0.5, 3);
        assertEquals(4, series.length);
        assertEquals(0.125, series[3], 0.0);
    }
}
