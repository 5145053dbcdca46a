package org.neurite.web.studio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.neurite.engine.model.ModelFile;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.random.Rng;
import org.neurite.engine.train.NamedRecipe;

class StudioModelTest {
    private static final int[] LABELS = {3, 3, 5, 7};

    /** One-hot outputs that read each test digit as {@code guesses}, surest on the last ones. */
    private static float[] outputs(int... guesses) {
        float[] out = new float[guesses.length * 10];
        for (int i = 0; i < guesses.length; i++) {
            Arrays.fill(out, i * 10, i * 10 + 10, 0.01f);
            out[i * 10 + guesses[i]] = 0.5f + 0.1f * i;
        }
        return out;
    }

    private static byte[] modelFile(String spec) {
        return ModelFile.write(Model.create(ModelSpec.parse(spec), new Rng(1)));
    }

    private static byte[] mlpFile() {
        return ModelFile.write(Model.create(NamedRecipe.MLP.recipe().spec(), new Rng(1)));
    }

    @Test
    void aFieldTypedWrongBlocksTrainingButNotTheLinkWhichKeepsTheLastGoodValue() {
        StudioModel studio = StudioModel.fromHash("#preset=mlp");
        studio.dataArrived(60_000, LABELS);
        assertTrue(studio.canTrain());
        assertNull(studio.typed(StudioSettings.LEARNING_RATE, "0.01"));
        assertEquals("learning rate 'fast' is not a number; write one such as 0.001",
                studio.typed(StudioSettings.LEARNING_RATE, "fast"));
        assertFalse(studio.canTrain());
        assertTrue(studio.hash().contains("&lr=0.01&"), studio.hash());
        assertEquals(0.01f, studio.recipe().learningRate(), 0f);
        assertNull(studio.typed(StudioSettings.LEARNING_RATE, "0.02"));
        assertTrue(studio.canTrain());
    }

    @Test
    void nothingTrainsBeforeTheDataOrWithAModelThatDoesNotBuild() {
        StudioModel studio = StudioModel.fromHash("");
        assertFalse(studio.canTrain(), "no data yet");
        assertTrue(studio.setupUsable());
        studio.dataArrived(60_000, LABELS);
        studio.modelEdited(null);
        assertFalse(studio.canTrain());
        studio.modelEdited(ModelSpec.parse("input 1x28x28 | flatten | dense 10 linear | loss softmaxCrossEntropy"));
        assertTrue(studio.canTrain());
        assertEquals("Custom model", studio.setup().title());
        assertTrue(studio.hash().startsWith("#preset=custom&spec=input+1x28x28+|+flatten"), studio.hash());
    }

    @Test
    void aPresetPickedByHandTakesItsWholeRecipeAndForgetsWhatWasTypedWrong() {
        StudioModel studio = StudioModel.fromHash("#preset=mlp");
        studio.dataArrived(60_000, LABELS);
        studio.typed(StudioSettings.EPOCHS, "0");
        studio.presetPicked("cnn");
        assertNull(studio.problem(StudioSettings.EPOCHS));
        assertEquals(NamedRecipe.CNN.recipe(), studio.recipe());
        assertTrue(studio.canTrain());
    }

    @Test
    void aFileThatIsNotAnMnistModelIsRefusedAndTheCurrentModelStays() {
        StudioModel studio = StudioModel.fromHash("");
        studio.dataArrived(60_000, LABELS);
        byte[] good = mlpFile();
        assertTrue(studio.load("mlp.neurite", "model from mlp.neurite", good, false).ok());
        Model current = studio.model();

        StudioModel.Loaded corrupt = studio.load("notes.txt", "t", "hello".getBytes(), false);
        assertFalse(corrupt.ok());
        assertTrue(corrupt.message.startsWith("'notes.txt' is not a model this page can use: "), corrupt.message);
        assertTrue(corrupt.message.endsWith(". The current model stays."), corrupt.message);

        StudioModel.Loaded xor = studio.load("xor.neurite", "t",
                modelFile("input 2 | dense 4 tanh | dense 1 linear | loss binaryCrossEntropy"), false);
        assertEquals("'xor.neurite' is a model for other data: it takes 2 inputs and gives 1 outputs, but MNIST"
                + " digits are 784 pixels and 10 classes. The current model stays.", xor.message);
        assertSame(current, studio.model());
        assertSame(good, studio.modelFile());
    }

    @Test
    void aModelLoadedBeforeTheDataIsScoredWhenTheDataArrives() {
        StudioModel studio = StudioModel.fromHash("");
        byte[] file = mlpFile();
        StudioModel.Loaded early = studio.load("a.neurite", "model from a.neurite", file, false);
        assertTrue(early.ok());
        assertFalse(early.scoreNow);
        assertEquals("Loaded a.neurite; it will be scored once the data has arrived.", early.message);
        assertNull(studio.scored(-1, outputs(3, 3, 5, 7)), "no labels to score against yet");
        assertSame(file, studio.dataArrived(60_000, LABELS));
        assertNull(studio.dataArrived(60_000, LABELS), "scored once");

        StudioModel.Loaded later = studio.load("b.neurite", "model from b.neurite", file, true);
        assertTrue(later.scoreNow);
        assertEquals("Loaded b.neurite (101,770 parameters); the training run was stopped. Scoring it on the 4 test"
                + " digits…", later.message);
    }

    @Test
    void scoresGiveTheMatrixTheAccuracyAndThePickedCellFollowsNewScores() {
        StudioModel studio = StudioModel.fromHash("");
        studio.dataArrived(60_000, LABELS);
        assertTrue(Double.isNaN(studio.accuracy()));
        assertNull(studio.pick(3, 5), "nothing to pick before any scores");

        assertEquals("After epoch 1", studio.scored(1, outputs(3, 5, 5, 1)));
        assertEquals(0.5, studio.accuracy(), 1e-9);
        StudioModel.Cell cell = studio.pick(3, 5);
        assertEquals("Test digits 3 read as 5: 1", cell.title);
        assertArrayEquals(new int[] {1}, cell.samples);
        assertTrue(cell.mistakes());
        assertArrayEquals(new int[] {3, 1}, studio.mistakes(8), "surest mistakes first");

        assertEquals("This model", studio.scored(-1, outputs(3, 3, 5, 7)));
        assertEquals("Model loaded: test accuracy 100.00% on the 4 test digits.", studio.scoredMessage());
        assertEquals("Test digits 3 read as 5: 0", studio.picked().title, "the picked cell shows the newest scores");
        assertEquals(0, studio.mistakes(8).length);
    }

    @Test
    void aPastedLinkReplacesTheSetupAndForgetsWhatWasTypedWrong() {
        StudioModel studio = StudioModel.fromHash("#preset=mlp");
        studio.dataArrived(60_000, LABELS);
        studio.typed(StudioSettings.BATCH_SIZE, "-4");
        assertFalse(studio.canTrain());
        studio.followLink("#preset=cnn&epochs=2&colour=red");
        assertTrue(studio.canTrain());
        assertEquals(2, studio.recipe().epochs());
        assertEquals(1, studio.linkWarnings().size());
    }
}
