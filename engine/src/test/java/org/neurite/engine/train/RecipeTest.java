package org.neurite.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.nn.Model;
import org.neurite.engine.optim.Regularization;
import org.neurite.engine.random.Rng;
import org.neurite.engine.train.RecipeForm.Field;

class RecipeTest {
    @Test
    void aTypedFormBecomesARecipe() {
        RecipeForm form = RecipeForm.fromText("from=mlp").set(Field.OPTIMIZER, "adam")
                .set(Field.LEARNING_RATE, " 0.001 ").set(Field.BATCH_SIZE, "32").set(Field.EPOCHS, "10")
                .set(Field.L2, "0");
        assertTrue(form.isValid(), form.firstProblem());
        assertNull(form.firstProblem());
        Recipe r = form.recipe();
        assertEquals("adam", r.optimizer());
        assertEquals(0.001f, r.learningRate(), 0f);
        assertEquals(32, r.batchSize());
        assertEquals(10, r.epochs());
        assertEquals(0.2f, r.decay(), 0f, "the MLP preset's decay comes with it");
        assertEquals(Regularization.Kind.NONE, r.regularization().kind());
    }

    @Test
    void everyWrongFieldSaysWhatWasTypedAndWhatIsAllowed() {
        RecipeForm form = new RecipeForm().set(Field.OPTIMIZER, "adamw").set(Field.LEARNING_RATE, "fast")
                .set(Field.BATCH_SIZE, "0").set(Field.EPOCHS, "2.5").set(Field.L2, "-1").set(Field.SHUFFLE, "maybe")
                .set(Field.SPEC, "input 2 | dense 0 relu");
        assertFalse(form.isValid());
        assertTrue(form.problem(Field.OPTIMIZER).contains("unknown optimizer 'adamw'"), form.problem(Field.OPTIMIZER));
        assertEquals("learning rate 'fast' is not a number; write one such as 0.001", form.problem(Field.LEARNING_RATE));
        assertEquals("batch size 0 must be between 1 and 2048 (try 32)", form.problem(Field.BATCH_SIZE));
        assertEquals("epochs '2.5' is not a whole number; write one such as 10", form.problem(Field.EPOCHS));
        assertTrue(form.problem(Field.L2).startsWith("L2 rate -1.0 must be at least 0 and below 1"),
                form.problem(Field.L2));
        assertEquals("shuffle 'maybe' must be true or false", form.problem(Field.SHUFFLE));
        assertTrue(form.problem(Field.SPEC) != null);
        assertEquals(form.problem(Field.OPTIMIZER), form.firstProblem());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, form::recipe);
        assertTrue(e.getMessage().contains("batch size 0") && e.getMessage().contains("epochs '2.5'"), e.getMessage());
    }

    @Test
    void outOfRangeValuesAreRefusedWithTheEngineReason() {
        RecipeForm form = RecipeForm.fromText("from=w1&lr=0&l2=&epochs=100001&decay=-1");
        assertTrue(form.problem(Field.LEARNING_RATE).startsWith("learning rate 0.0 is not usable"),
                form.problem(Field.LEARNING_RATE));
        assertEquals("L2 rate '' is not a number; write one such as 0.0001", form.problem(Field.L2));
        assertEquals("epochs 100001 must be between 1 and 100000 (try 10)", form.problem(Field.EPOCHS));
        assertTrue(form.problem(Field.DECAY).startsWith("learning-rate decay -1.0 must be between 0.0 and 100.0"),
                form.problem(Field.DECAY));
        assertEquals("give an L1 rate or an L2 rate, not both: set one of them to 0",
                RecipeForm.fromText("from=w1&l1=0.001&l2=0.001").problem(Field.L1));
    }

    @Test
    void theTextFormRoundTripsEveryNamedRecipe() {
        for (NamedRecipe named : NamedRecipe.values()) {
            Recipe r = named.recipe();
            Recipe back = Recipe.parse(r.toText());
            assertEquals(r.toText(), back.toText(), named.id());
            assertEquals(r, back);
            assertEquals(r, Recipe.parse(named.id()), "a name alone is the named recipe");
        }
        String text = NamedRecipe.CNN.recipe().toText();
        assertTrue(text.startsWith("optimizer=adam&lr=0.001&decay=0.3&batch=64&epochs=5&l1=0.0&l2=0.0&seed=1"
                + "&shuffle=true&limit=0&schedule=inverse&period=10&spec=input+1x28x28+|+conv+16+5+relu"), text);
    }

    @Test
    void percentEncodingKeepsAnyCharacter() {
        String odd = "a&b=c %d+é€😀|:,~";
        assertEquals(odd, PercentEncoding.decode(PercentEncoding.encode(odd)));
        assertEquals("a%26b%3Dc+%25d%2B", PercentEncoding.encode("a&b=c %d+"));
        assertEquals("100% sure", PercentEncoding.decode("100%+sure"), "a stray % is kept");
    }

    @Test
    void unknownRepeatedAndUnnamedFieldsAreProblemsThatNameThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Recipe.parse("from=mlp&learningRate=0.1"));
        assertTrue(e.getMessage().startsWith("unknown recipe field 'learningRate' (allowed: from, optimizer, lr,"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Recipe.parse("from=mlp&lr=0.1&lr=0.2"));
        assertTrue(e.getMessage().contains("'lr' is given twice"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Recipe.parse("resnet"));
        assertEquals("unknown recipe 'resnet' (named recipes: mlp, deeper-mlp, quick-cnn, cnn, w1, w2)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Recipe.parse("lr=0.1"));
        assertTrue(e.getMessage().startsWith("the recipe has no model spec"), e.getMessage());
    }

    @Test
    void everyPresetBuildsAModelForMnistAndKeepsItsSchedule() {
        for (NamedRecipe named : NamedRecipe.values()) {
            Recipe r = named.recipe();
            Model model = Model.create(r.spec(), new Rng(1));
            assertEquals(784, model.inputSize(), named.id());
            assertEquals(10, model.outputSize(), named.id());
            assertEquals(r.optimizer(), r.newOptimizer().id());
            assertEquals(named, NamedRecipe.byId(named.id()));
        }
        assertEquals(101_770, Model.create(NamedRecipe.MLP.recipe().spec(), new Rng(1)).parameterCount());
        assertEquals(0.3f, NamedRecipe.CNN.recipe().decay(), 0f);
        assertEquals(10_000, NamedRecipe.W2.recipe().limit());
        assertFalse(NamedRecipe.W1.recipe().shuffle());
        assertEquals(4, java.util.Arrays.stream(NamedRecipe.values()).filter(NamedRecipe::isPreset).count());
    }

    @Test
    void theRunFollowsTheRecipesScheduleAndSampleLimit() {
        Recipe r = Recipe.of(org.neurite.engine.nn.ModelSpec.parse(
                "input 2 | dense 1 linear | loss binaryCrossEntropy")).withOptimizer("sgd", 0.1f).withDecay(1f)
                .withBatchSize(2).withEpochs(3).withLimit(2);
        TrainingRun run = r.newRun(TrainingRunTest.xor(), null);
        assertEquals(2, run.train().size(), "the limit keeps the first 2 samples");
        assertEquals(1, run.batchesPerEpoch());
        run.step();
        assertEquals(0.05f, run.optimizer().learningRate(), 1e-7f);
    }
}
