package org.neurite.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.nn.Model;
import org.neurite.engine.random.Rng;

class PresetTest {
    @Test
    void everyPresetBuildsAModelForMnist() {
        for (Preset preset : Preset.values()) {
            Model model = Model.create(preset.spec(), new Rng(1));
            assertEquals(784, model.inputSize(), preset.id());
            assertEquals(10, model.outputSize(), preset.id());
            assertEquals(preset.optimizerId(), preset.optimizer().id());
            assertTrue(preset.config(1).epochs() >= 1);
            assertEquals(preset, Preset.byId(preset.id()));
        }
        assertEquals(101_770, Model.create(Preset.MLP.spec(), new Rng(1)).parameterCount());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Preset.byId("resnet"));
        assertTrue(e.getMessage().contains("allowed: mlp, deeper-mlp, cnn"), e.getMessage());
    }
}
