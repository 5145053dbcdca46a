package org.neurite.engine.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.neurite.engine.random.Rng;

class LayerActivationsTest {
    /** 2 -> 2 tanh -> 1 linear with binary cross-entropy, weights set by hand. */
    private static Model handSet() {
        Model model = Model.create(ModelSpec.parse("input 2 | dense 2 tanh | dense 1 linear | loss binaryCrossEntropy"),
                new Rng(1));
        Dense hidden = (Dense) model.layer(0);
        // W is inputs x units: unit 0 = x1 - x2, unit 1 = 0.5 x2 + 0.25
        System.arraycopy(new float[] {1f, 0f, -1f, 0.5f}, 0, hidden.weights().value(), 0, 4);
        System.arraycopy(new float[] {0f, 0.25f}, 0, hidden.bias().value(), 0, 2);
        Dense out = (Dense) model.layer(1);
        System.arraycopy(new float[] {2f, -1f}, 0, out.weights().value(), 0, 2);
        out.bias().value()[0] = 0.5f;
        return model;
    }

    @Test
    void everyLayerOutputAndThePredictionWorkedByHand() {
        Model model = handSet();
        LayerActivations seen = new LayerActivations(model);
        seen.compute(new float[] {1f, 1f, 0.5f, -0.5f}, 2);

        assertEquals(2, seen.batch());
        assertEquals(2, seen.width(0));
        assertEquals(1, seen.width(1));
        float h00 = 0f;
        float h01 = (float) Math.tanh(0.75);
        float h10 = (float) Math.tanh(1.0);
        float h11 = 0f;
        float[] hidden = seen.output(0);
        assertEquals(h00, hidden[0], 1e-6f);
        assertEquals(h01, hidden[1], 1e-6f);
        assertEquals(h10, hidden[2], 1e-6f);
        assertEquals(h11, hidden[3], 1e-6f);
        float logit0 = 2f * h00 - h01 + 0.5f;
        float logit1 = 2f * h10 - h11 + 0.5f;
        assertEquals(logit0, seen.output(1)[0], 1e-6f);
        assertEquals(logit1, seen.output(1)[1], 1e-6f);
        assertEquals(1 / (1 + Math.exp(-logit0)), seen.prediction()[0], 1e-6);
        assertEquals(1 / (1 + Math.exp(-logit1)), seen.prediction()[1], 1e-6);
    }

    @Test
    void predictionMatchesModelPredictAndSurvivesLaterPasses() {
        Model model = Model.create(ModelSpec.parse("input 2 | dense 3 relu | dense 3 linear | loss softmaxCrossEntropy"),
                new Rng(9));
        float[] grid = {0f, 0f, 1f, -2f, 3f, 0.5f};
        LayerActivations seen = new LayerActivations(model);
        seen.compute(grid, 3);
        float[] expected = model.predict(grid, 3).clone();
        float[] firstLayer = seen.output(0).clone();
        assertArrayEquals(expected, java.util.Arrays.copyOf(seen.prediction(), 9));

        model.predict(new float[] {9f, 9f}, 1);
        assertArrayEquals(firstLayer, seen.output(0), "a later forward pass must not change the copy");
    }

    @Test
    void aBatchComputedInSlicesEqualsOnePass() {
        Model model = Model.create(ModelSpec.parse("input 2 | dense 4 tanh | dense 3 linear | loss softmaxCrossEntropy"),
                new Rng(4));
        float[] grid = new float[2 * 7];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = (i * 37 % 11) / 3f - 1.5f;
        }
        LayerActivations whole = new LayerActivations(model);
        whole.compute(grid, 7);
        float[] first = java.util.Arrays.copyOf(whole.output(0), 28);
        float[] predicted = java.util.Arrays.copyOf(whole.prediction(), 21);

        LayerActivations sliced = new LayerActivations(model);
        sliced.computeRange(grid, 0, 3, 7);
        sliced.computeRange(grid, 3, 3, 7);
        sliced.computeRange(grid, 6, 1, 7);
        assertEquals(7, sliced.batch());
        assertArrayEquals(first, java.util.Arrays.copyOf(sliced.output(0), 28));
        assertArrayEquals(predicted, java.util.Arrays.copyOf(sliced.prediction(), 21));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> sliced.computeRange(grid, 5, 3, 7));
    }
}
