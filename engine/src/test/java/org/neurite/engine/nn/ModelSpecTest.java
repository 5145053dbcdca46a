package org.neurite.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.random.Rng;

class ModelSpecTest {
    private static String error(String spec) {
        return assertThrows(ModelSpecException.class, () -> ModelSpec.parse(spec)).getMessage();
    }

    @Test
    void textRoundTrip() {
        String text = "input 784 | dense 128 relu | dropout 0.2 | dense 10 linear | loss softmaxCrossEntropy";
        ModelSpec spec = ModelSpec.parse(text);
        assertEquals(text, spec.toText());
        assertEquals(784, spec.inputSize());
        assertEquals(10, spec.outputSize());
        Model model = Model.create(spec, new Rng(1));
        assertEquals(784 * 128 + 128 + 128 * 10 + 10, model.parameterCount());
        assertEquals("input 1x28x28 | dense 4 tanh init=small | dense 1 linear | loss mse",
                ModelSpec.parse("input 1x28x28 | dense 4 tanh init=small | dense 1 linear | loss mse").toText());
    }

    @Test
    void invalidSpecsNameFieldValueAndWhatIsAllowed() {
        String e = error("input 2 | dense 0 tanh | dense 1 linear | loss mse");
        assertTrue(e.contains("layer 1 (dense)") && e.contains("units 0") && e.contains("between 1 and"), e);
        e = error("input 2 | dense 4 sigmod | dense 1 linear | loss mse");
        assertTrue(e.contains("'sigmod'") && e.contains("allowed: linear, sigmoid, tanh, relu, leakyRelu"), e);
        e = error("input 2 | dense 4 tanh | dense 1 sigmoid | loss binaryCrossEntropy");
        assertTrue(e.contains("activation 'sigmoid'") && e.contains("use 'linear'"), e);
        e = error("input 2 | dense 4 tanh | dense 1 linear | loss softmaxCrossEntropy");
        assertTrue(e.contains("needs at least 2 outputs"), e);
        e = error("input 2 | dense 4 tanh | dense 1 linear | loss hinge");
        assertTrue(e.contains("loss") && e.contains("'hinge'") && e.contains("allowed"), e);
        e = error("input 2 | dense 4 tanh | dropout 1.5 | dense 1 linear | loss mse");
        assertTrue(e.contains("rate 1.5"), e);
        e = error("input 2 | dense four tanh | loss mse");
        assertTrue(e.contains("'four' is not a whole number"), e);
        e = error("input 0 | dense 1 linear | loss mse");
        assertTrue(e.contains("input") && e.contains("0"), e);
        e = error("input 2 | loss mse");
        assertTrue(e.contains("last layer must be a dense layer"), e);
        e = error("input 2 | conv 8 | loss mse");
        assertTrue(e.contains("part 2") && e.contains("expected"), e);
        assertTrue(error("").contains("empty"));
    }

    @Test
    void builderValidatesToo() {
        assertThrows(ModelSpecException.class, () -> ModelSpec.builder(2).dense(-3, Activation.RELU).build());
        ModelSpec ok = ModelSpec.builder(2).dense(4, Activation.TANH).dense(1, Activation.LINEAR)
                .loss("binaryCrossEntropy").build();
        assertEquals("input 2 | dense 4 tanh | dense 1 linear | loss binaryCrossEntropy", ok.toText());
    }

    @Test
    void initialisationIsSeededAndBounded() {
        ModelSpec spec = ModelSpec.parse("input 50 | dense 30 tanh | dense 20 relu | dense 1 linear | loss mse");
        Model a = Model.create(spec, new Rng(3));
        Model b = Model.create(spec, new Rng(3));
        Model c = Model.create(spec, new Rng(4));
        assertEquals(a.weightDigest(), b.weightDigest());
        assertTrue(!a.weightDigest().equals(c.weightDigest()));
        float glorot = (float) Math.sqrt(6.0 / (50 + 30));
        float he = (float) Math.sqrt(6.0 / 30);
        float maxGlorot = 0f;
        for (float w : a.params()[0].value()) {
            maxGlorot = Math.max(maxGlorot, Math.abs(w));
        }
        float maxHe = 0f;
        for (float w : a.params()[2].value()) {
            maxHe = Math.max(maxHe, Math.abs(w));
        }
        assertTrue(maxGlorot <= glorot && maxGlorot > 0.9f * glorot, "glorot bound " + maxGlorot);
        assertTrue(maxHe <= he && maxHe > 0.9f * he, "he bound " + maxHe);
        for (float bias : a.params()[1].value()) {
            assertEquals(0f, bias);
        }
    }
}
