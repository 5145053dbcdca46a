package org.neurite.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.neurite.engine.random.Rng;

/** The course's perceptron: inputs (2, 3, -1, 5, 1), weights (0.1, 0.5, 2.5, 0.2, 3.0), no bias. */
class PerceptronGoldenTest {
    @Test
    void forwardPassGivesSum32AndSigmoid09608() {
        Model model = Model.create(ModelSpec.parse("input 5 | dense 1 sigmoid | loss mse"), new Rng(1));
        Dense neuron = (Dense) model.layer(0);
        System.arraycopy(new float[] {0.1f, 0.5f, 2.5f, 0.2f, 3.0f}, 0, neuron.weights().value(), 0, 5);
        neuron.bias().value()[0] = 0f;

        float[] out = model.predict(new float[] {2, 3, -1, 5, 1}, 1);

        // 2*0.1 + 3*0.5 - 1*2.5 + 5*0.2 + 1*3.0 = 0.2 + 1.5 - 2.5 + 1.0 + 3.0 = 3.2
        assertEquals(3.2f, neuron.preActivations()[0], 1e-6f);
        // 1 / (1 + e^-3.2) = 0.96083...
        assertEquals(0.9608, out[0], 5e-5);
    }
}
