package org.neurite.engine.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossTest {
    @Test
    void flightDelayCrossEntropyWorkedByHand() {
        double[] p = {0.05, 0.02, 0.96, 0.35};
        double[] t = {1, 0, 1, 1};
        // -ln 0.05 = 2.995732, -ln 0.98 = 0.020203, -ln 0.96 = 0.040822, -ln 0.35 = 1.049822
        double expected = (2.995732 + 0.020203 + 0.040822 + 1.049822) / 4; // 1.026645
        double[] terms = new double[4];
        assertEquals(expected, BinaryCrossEntropy.ofProbabilities(p, t, terms), 1e-6);
        assertEquals(2.995732, terms[0], 1e-6);
        assertEquals(0.020203, terms[1], 1e-6);
    }

    @Test
    void logitFormEqualsProbabilityForm() {
        float[] logits = {-2.944439f, 1.5f}; // sigmoid(-2.944439) = 0.05
        float[] t = {1f, 0f};
        float[] grad = new float[2];
        float fused = new BinaryCrossEntropy().compute(logits, t, 2, 1, grad);
        double p1 = 1 / (1 + Math.exp(-1.5));
        double byHand = BinaryCrossEntropy.ofProbabilities(new double[] {0.05, p1}, new double[] {1, 0}, null);
        assertEquals(byHand, fused, 1e-5);
        assertEquals((0.05 - 1) / 2, grad[0], 1e-6);
    }

    @Test
    void softmaxCrossEntropyIsStableForHugeLogits() {
        float[] logits = {1000f, -1000f, 0f};
        float[] t = {0f, 1f, 0f};
        float[] grad = new float[3];
        float loss = new SoftmaxCrossEntropy().compute(logits, t, 1, 3, grad);
        assertEquals(2000f, loss, 1e-3f);
        assertEquals(1f, grad[0], 1e-6f);
        assertEquals(-1f, grad[1], 1e-6f);
        float[] right = {0f, 1f, 0f};
        assertEquals(0f, new SoftmaxCrossEntropy().compute(new float[] {-1000f, 1000f, 0f}, right, 1, 3, grad), 1e-6f);
    }

    @Test
    void softmaxCrossEntropyOfUniformLogitsIsLogOfClassCount() {
        float[] grad = new float[4];
        float loss = new SoftmaxCrossEntropy().compute(new float[4], new float[] {0, 0, 1, 0}, 1, 4, grad);
        assertEquals(Math.log(4), loss, 1e-6);
    }

    @Test
    void mseForms() {
        double[] y = {3, 5};
        double[] t = {1, 2};
        assertEquals((4 + 9) / 2.0, MeanSquaredError.mean(y, t), 1e-12);
        assertEquals((4 + 9) / 4.0, MeanSquaredError.half(y, t), 1e-12);
        float[] grad = new float[2];
        assertEquals(6.5f, new MeanSquaredError().compute(new float[] {3, 5}, new float[] {1, 2}, 2, 1, grad));
        assertEquals(2f, grad[0]); // 2 * (3 - 1) / 2
    }

    @Test
    void accuracyCounting() {
        assertEquals(2, Loss.countCorrect(new float[] {0.9f, 0.2f, 0.6f}, new float[] {1, 0, 0}, 3, 1));
        assertEquals(1, Loss.countCorrect(new float[] {0.1f, 0.9f, 0.8f, 0.2f}, new float[] {0, 1, 0, 1}, 2, 2));
    }

    @Test
    void huberIsHalfSquaredWithinDeltaAndLinearBeyond() {
        float[] grad = new float[2];
        float loss = new Huber().compute(new float[] {0.5f, 3f}, new float[] {0f, 0f}, 1, 2, grad);
        // (0.5 * 0.25 + 1 * (3 - 0.5)) / 2 outputs
        assertEquals((0.125f + 2.5f) / 2, loss, 1e-7f);
        assertEquals(0.25f, grad[0], 1e-7f, "d / n within delta");
        assertEquals(0.5f, grad[1], 1e-7f, "delta / n beyond it: bounded, however far the outlier");
    }

    @Test
    void unknownLossListsAllowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Loss.byId("hinge"));
        assertTrue(e.getMessage().contains("mse, huber, binaryCrossEntropy, softmaxCrossEntropy"), e.getMessage());
    }
}
