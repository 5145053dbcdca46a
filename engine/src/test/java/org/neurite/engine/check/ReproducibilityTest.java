package org.neurite.engine.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.random.Rng;

class ReproducibilityTest {
    @Test
    void sameSeedGivesTheSameWeightsAndTrainingChangesThem() {
        String first = Reproducibility.run();
        assertEquals(first, Reproducibility.run());
        assertEquals(8, first.length());
        String untrained = Model.create(ModelSpec.parse(Reproducibility.SPEC), new Rng(7)).weightDigest();
        assertNotEquals(untrained, first);
    }
}
