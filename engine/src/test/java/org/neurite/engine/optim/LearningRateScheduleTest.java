package org.neurite.engine.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.random.Rng;
import org.neurite.engine.train.NamedRecipe;
import org.neurite.engine.train.Recipe;
import org.neurite.engine.train.TrainingRun;

class LearningRateScheduleTest {
    @Test
    void factorsWorkedByHand() {
        assertEquals(1.0, LearningRateSchedule.NONE.factor(7, 0.5f, 3));
        assertEquals(1 / 3.0, LearningRateSchedule.INVERSE.factor(4, 0.5f, 3), 1e-12, "1 / (1 + 0.5 * 4)");
        assertEquals(1.0, LearningRateSchedule.STEP.factor(2, 1f, 3), "no step before the period ends");
        assertEquals(0.5, LearningRateSchedule.STEP.factor(3, 1f, 3), "decay 1 halves the rate each period");
        assertEquals(0.25, LearningRateSchedule.STEP.factor(7, 1f, 3));
        assertEquals(Math.exp(-0.2), LearningRateSchedule.EXPONENTIAL.factor(2, 0.1f, 3), 1e-7);
        assertEquals(1.0, LearningRateSchedule.COSINE.factor(0, 0f, 4));
        assertEquals(0.5, LearningRateSchedule.COSINE.factor(2, 0f, 4), 1e-12, "half way down the cosine");
        assertEquals(1.0, LearningRateSchedule.COSINE.factor(4, 0f, 4), "a new cycle starts at the full rate");
        assertEquals(1e-6f * 0.1f, LearningRateSchedule.EXPONENTIAL.rate(0.1f, 1000, 100f, 1), 1e-12f,
                "never below a millionth of the start");
    }

    @Test
    void theRecipeCarriesTheScheduleAndOldTextsKeepTheirMeaning() {
        Recipe old = Recipe.parse("from=mlp&decay=0.2");
        assertEquals(LearningRateSchedule.INVERSE, old.schedule(), "a text without a schedule decays as before");
        assertEquals(NamedRecipe.MLP.recipe(), old);
        Recipe cosine = Recipe.parse("from=cnn&schedule=cosine&period=4");
        assertEquals(cosine, Recipe.parse(cosine.toText()));
        assertTrue(cosine.toText().contains("schedule=cosine&period=4"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Recipe.parse("from=cnn&schedule=linear&period=0"));
        assertTrue(e.getMessage().contains("unknown learning-rate schedule 'linear' (allowed: none, inverse, step,"
                + " exponential, cosine)"), e.getMessage());
        assertTrue(e.getMessage().contains("schedule period 0 must be between 1"), e.getMessage());
    }

    @Test
    void aRunStepsItsRateEachEpochAndATypedRateRestartsIt() {
        Model model = Model.create(ModelSpec.parse("input 2 | dense 1 linear | loss binaryCrossEntropy"), new Rng(1));
        Dataset four = Dataset.classification("xor", new float[] {0, 0, 0, 1, 1, 0, 1, 1}, new int[] {2},
                new int[] {0, 1, 1, 0}, 2);
        Recipe recipe = Recipe.of(model.spec()).withEpochs(9).withBatchSize(4)
                .withSchedule(LearningRateSchedule.STEP, 1f, 2);
        TrainingRun run = new TrainingRun(model, new Sgd(0.8f), recipe, four, null);
        float[] expected = {0.8f, 0.4f, 0.4f}; // epochs 2, 3, 4: halved once two epochs have passed
        for (int i = 0; i < expected.length; i++) {
            run.step(); // one batch is one epoch
            assertEquals(expected[i], run.optimizer().learningRate(), 0f, "epoch " + (i + 2));
        }
        run.setLearningRate(1f); // in epoch 4
        run.step();
        assertEquals(1f, run.optimizer().learningRate(), 0f, "epoch 5: one epoch after the restart, no step yet");
        run.step();
        assertEquals(0.5f, run.optimizer().learningRate(), 0f, "epoch 6: two epochs after the restart");
    }
}
