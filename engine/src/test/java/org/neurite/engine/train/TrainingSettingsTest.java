package org.neurite.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrainingSettingsTest {
    @Test
    void validSettingsAreRead() {
        TrainingSettings s = TrainingSettings.read("adam", " 0.001 ", "32", "10", "0");
        assertTrue(s.isValid(), s.firstProblem());
        assertEquals("adam", s.optimizer());
        assertEquals(0.001f, s.learningRate(), 0f);
        assertEquals(32, s.batchSize());
        assertEquals(10, s.epochs());
        assertEquals(0f, s.l2(), 0f);
        assertNull(s.firstProblem());
    }

    @Test
    void everyWrongFieldSaysWhatWasTypedAndWhatIsAllowed() {
        TrainingSettings s = TrainingSettings.read("adamw", "fast", "0", "2.5", "-1");
        assertFalse(s.isValid());
        assertTrue(s.problem(TrainingSettings.Field.OPTIMIZER).contains("unknown optimizer 'adamw'"),
                s.problem(TrainingSettings.Field.OPTIMIZER));
        assertEquals("learning rate 'fast' is not a number; write one such as 0.001",
                s.problem(TrainingSettings.Field.LEARNING_RATE));
        assertEquals("batch size 0 must be between 1 and 2048 (try 32)", s.problem(TrainingSettings.Field.BATCH_SIZE));
        assertEquals("epochs '2.5' is not a whole number; write one such as 10",
                s.problem(TrainingSettings.Field.EPOCHS));
        assertTrue(s.problem(TrainingSettings.Field.L2).startsWith("L2 rate -1.0 must be at least 0 and below 1"),
                s.problem(TrainingSettings.Field.L2));
        assertEquals(s.problem(TrainingSettings.Field.OPTIMIZER), s.firstProblem());
    }

    @Test
    void aLearningRateOutsideItsRangeIsRefusedWithTheEngineReason() {
        TrainingSettings s = TrainingSettings.read("sgd", "0", "64", "1", "");
        assertTrue(s.problem(TrainingSettings.Field.LEARNING_RATE).startsWith("learning rate 0.0 is not usable"),
                s.problem(TrainingSettings.Field.LEARNING_RATE));
        assertEquals("L2 rate '' is not a number; write one such as 0.0001", s.problem(TrainingSettings.Field.L2));
        assertEquals("epochs 500 must be between 1 and 200 (try 10)",
                TrainingSettings.read("sgd", "0.1", "64", "500", "0").problem(TrainingSettings.Field.EPOCHS));
    }
}
