package org.neurite.engine.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.random.Rng;

class LayerImagesTest {
    @Test
    void aDenseUnitsWeightsAreAColumnOfW() {
        Model model = Model.create(ModelSpec.parse("input 3 | dense 2 relu | dense 2 linear | loss softmaxCrossEntropy"),
                new Rng(1));
        Dense dense = (Dense) model.layer(0);
        // W is inputs x units, row after row: input i, unit j at i * 2 + j
        System.arraycopy(new float[] {1f, 2f, 3f, 4f, 5f, 6f}, 0, dense.weights().value(), 0, 6);
        assertArrayEquals(new float[] {1f, 3f, 5f}, LayerImages.denseUnit(dense, 0));
        assertArrayEquals(new float[] {2f, 4f, 6f}, LayerImages.denseUnit(dense, 1));
        assertEquals(0, LayerImages.firstWeightedLayer(model));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LayerImages.denseUnit(dense, 2));
        assertTrue(e.getMessage().contains("unit 2 is outside 0..1"), e.getMessage());
    }

    @Test
    void kernelsAndFeatureMapsOfAConvolution() {
        Model model = Model.create(ModelSpec.parse("input 1x4x4 | conv 2 3 relu | maxpool 2 | flatten "
                + "| dense 2 linear | loss softmaxCrossEntropy"), new Rng(1));
        Conv2D conv = (Conv2D) model.layer(0);
        float[] w = conv.weights().value(); // [2 filters, 1 channel, 3, 3]
        java.util.Arrays.fill(w, 0f);
        w[4] = 1f;        // filter 0: the centre tap, so its map is the input itself
        w[9 + 4] = -1f;   // filter 1: minus the input, all cut to 0 by the ReLU
        conv.bias().value()[1] = 0.5f;
        float[] kernel = LayerImages.convKernel(conv, 0, 0);
        assertEquals(9, kernel.length);
        assertEquals(1f, kernel[4], 0f);
        assertEquals(-1f, LayerImages.convKernel(conv, 1, 0)[4], 0f);

        float[] input = new float[16];
        for (int i = 0; i < 16; i++) {
            input[i] = i / 16f;
        }
        LayerActivations seen = new LayerActivations(model);
        seen.compute(input, 1);
        assertArrayEquals(input, LayerImages.featureMap(seen, 0, 0, 0), 1e-6f);
        float[] second = LayerImages.featureMap(seen, 0, 0, 1);
        // 0.5 - x, cut at 0: positive only for inputs below 0.5 (the first 8)
        for (int i = 0; i < 16; i++) {
            assertEquals(Math.max(0f, 0.5f - i / 16f), second[i], 1e-6f, "pixel " + i);
        }
        float[] pooled = LayerImages.featureMap(seen, 1, 0, 0); // 2 x 2 maxima of the identity map
        assertArrayEquals(new float[] {5 / 16f, 7 / 16f, 13 / 16f, 15 / 16f}, pooled, 1e-6f);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LayerImages.featureMap(seen, 2, 0, 0));
        assertTrue(e.getMessage().contains("puts out 8 values, not channels of images"), e.getMessage());
    }

    @Test
    void theColourScaleIsTheLargestMagnitude() {
        assertEquals(3f, LayerImages.largestMagnitude(new float[] {1f, -3f, 2f}), 0f);
        assertEquals(0f, LayerImages.largestMagnitude(new float[0]), 0f);
    }
}
