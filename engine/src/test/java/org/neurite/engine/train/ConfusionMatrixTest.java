package org.neurite.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.random.Rng;

class ConfusionMatrixTest {
    /** Six samples of three classes; rows are probabilities. */
    private static final float[] PROBABILITIES = {
        0.8f, 0.1f, 0.1f,   // 0: true 0, predicted 0
        0.2f, 0.7f, 0.1f,   // 1: true 0, predicted 1 (sure, 0.7)
        0.1f, 0.8f, 0.1f,   // 2: true 1, predicted 1
        0.1f, 0.3f, 0.6f,   // 3: true 1, predicted 2 (0.6)
        0.4f, 0.2f, 0.4f,   // 4: true 2, tie between 0 and 2 -> 0, the first (0.4)
        0.0f, 0.1f, 0.9f,   // 5: true 2, predicted 2
    };
    private static final int[] LABELS = {0, 0, 1, 1, 2, 2};

    @Test
    void countsEachSampleInItsTrueRowAndPredictedColumn() {
        ConfusionMatrix m = ConfusionMatrix.of(PROBABILITIES, 3, LABELS);
        int[][] expected = {{1, 1, 0}, {0, 1, 1}, {1, 0, 1}};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(expected[i][j], m.count(i, j), "cell " + i + "," + j);
            }
            assertEquals(2, m.rowTotal(i));
        }
        assertEquals(6, m.total());
        assertEquals(3, m.correct());
        assertEquals(0.5f, m.accuracy(), 0f);
        assertEquals(1, m.largestMistakeCount());
        assertEquals(0, m.predicted(4), "a tie goes to the first class");
        assertArrayEquals(new int[] {3}, m.samples(1, 2));
        assertArrayEquals(new int[] {0}, m.samples(0, 0));
        assertArrayEquals(new int[0], m.samples(2, 1));
    }

    @Test
    void theSurestMistakesComeFirst() {
        ConfusionMatrix m = ConfusionMatrix.of(PROBABILITIES, 3, LABELS);
        assertArrayEquals(new int[] {1, 3, 4}, m.worstMistakes(10));
        assertArrayEquals(new int[] {1, 3}, m.worstMistakes(2));
        assertArrayEquals(new int[0], m.worstMistakes(0));
    }

    @Test
    void keepsTheSurestOfManyMistakesInOrder() {
        int n = 1000;
        float[] p = new float[n * 2];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            float wrong = 0.5f + ((i * 37) % n) / (2f * n); // every sample wrong, confidences all distinct
            p[2 * i] = 1 - wrong;
            p[2 * i + 1] = wrong;
        }
        int[] top = ConfusionMatrix.of(p, 2, labels).worstMistakes(5);
        for (int k = 0; k < 5; k++) {
            int expectedKey = n - 1 - k;   // (i * 37) % n takes every value once; the largest ones first
            assertEquals(expectedKey, (top[k] * 37) % n, "place " + k);
        }
    }

    @Test
    void agreesWithTheAccuracyOfEvaluation() {
        Rng rng = new Rng(3);
        float[] x = new float[200 * 4];
        int[] y = new int[200];
        for (int i = 0; i < 200; i++) {
            for (int j = 0; j < 4; j++) {
                x[i * 4 + j] = rng.nextFloat();
            }
            y[i] = i % 3;
        }
        Dataset data = Dataset.classification("random", x, new int[] {4}, y, 3);
        Model model = Model.create(ModelSpec.parse("input 4 | dense 3 linear | loss softmaxCrossEntropy"), new Rng(1));
        float[] probabilities = model.predict(x, 200).clone();
        ConfusionMatrix m = ConfusionMatrix.of(java.util.Arrays.copyOf(probabilities, 600), 3, y);
        assertEquals(Evaluation.of(model, data, 64).accuracy(), m.accuracy(), 0f);
    }

    @Test
    void refusesMismatchedInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfusionMatrix.of(new float[5], 3, new int[2]));
        assertTrue(e.getMessage().contains("2 samples of 3 classes need 6 probabilities, got 5"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(new float[6], 3, new int[] {0, 3}));
        assertTrue(e.getMessage().contains("label 3 of sample 1 is outside 0..2"), e.getMessage());
    }
}
