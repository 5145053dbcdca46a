package org.neurite.engine.nn;

import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurite.engine.optim.Regularization;
import org.neurite.engine.random.Rng;

/** Central-difference checks of every layer, activation and loss, with and without regularization. */
class GradientCheckTest {
    private static float[] random(int n, Rng rng, float scale) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = rng.uniform(-scale, scale);
        }
        return a;
    }

    private static float[] oneHot(int batch, int width, Rng rng) {
        float[] t = new float[batch * width];
        for (int r = 0; r < batch; r++) {
            t[r * width + rng.nextInt(width)] = 1f;
        }
        return t;
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void denseWithEachActivationUnderMse(Activation activation) {
        Rng rng = new Rng(activation.ordinal() + 1);
        Model model = Model.create(ModelSpec.builder(3).dense(5, activation).dense(2, Activation.LINEAR)
                .loss("mse").build(), rng);
        GradientCheck.checkModel(model, random(4 * 3, rng, 1f), random(4 * 2, rng, 1f), 4, Regularization.none());
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void outputActivationUnderMse(Activation activation) {
        Rng rng = new Rng(40 + activation.ordinal());
        Model model = Model.create(ModelSpec.builder(2).dense(3, activation).loss("mse").build(), rng);
        GradientCheck.checkModel(model, random(5 * 2, rng, 1f), random(5 * 3, rng, 1f), 5, Regularization.none());
    }

    @Test
    void binaryCrossEntropy() {
        Rng rng = new Rng(5);
        Model model = Model.create(ModelSpec.parse("input 2 | dense 4 tanh | dense 1 linear | loss binaryCrossEntropy"),
                rng);
        float[] t = {0, 1, 1, 0, 1, 0};
        GradientCheck.checkModel(model, random(6 * 2, rng, 2f), t, 6, Regularization.none());
    }

    @Test
    void huberOnBothSidesOfDelta() {
        Rng rng = new Rng(7);
        Model model = Model.create(ModelSpec.parse("input 3 | dense 4 tanh | dense 2 linear | loss huber"), rng);
        float[] t = random(6 * 2, rng, 3f); // targets up to 3 away: some errors beyond delta 1, some within
        GradientCheck.checkModel(model, random(6 * 3, rng, 1f), t, 6, Regularization.none());
    }

    @Test
    void softmaxCrossEntropy() {
        Rng rng = new Rng(6);
        Model model = Model.create(
                ModelSpec.parse("input 4 | dense 6 sigmoid | dense 3 linear | loss softmaxCrossEntropy"), rng);
        GradientCheck.checkModel(model, random(5 * 4, rng, 1f), oneHot(5, 3, rng), 5, Regularization.none());
    }

    @ParameterizedTest
    @ValueSource(strings = {"l1", "l2"})
    void regularizationAddsItsGradient(String kind) {
        Rng rng = new Rng(7);
        Model model = Model.create(
                ModelSpec.parse("input 3 | dense 4 tanh | dense 3 linear | loss softmaxCrossEntropy"), rng);
        GradientCheck.checkModel(model, random(4 * 3, rng, 1f), oneHot(4, 3, rng), 4,
                Regularization.of(kind, 0.05f));
    }

    @Test
    void denseInputGradient() {
        Rng rng = new Rng(8);
        Dense dense = new Dense(4, 3, Activation.TANH, Init.GLOROT, rng);
        int batch = 2;
        float[] x = random(batch * 4, rng, 1f);
        float[] r = random(batch * 3, rng, 1f); // loss = sum(y * r), so dL/dy = r
        dense.forward(x, batch, false);
        float[] dx = dense.backward(r, batch, true).clone();
        float h = 1e-3f;
        for (int i = 0; i < x.length; i++) {
            float saved = x[i];
            x[i] = saved + h;
            double plus = dot(dense.forward(x, batch, false), r);
            x[i] = saved - h;
            double minus = dot(dense.forward(x, batch, false), r);
            x[i] = saved;
            GradientCheck.assertClose((plus - minus) / (2 * h), dx[i], "dx[" + i + "]");
        }
        dense.forward(x, batch, false);
        assertNull(dense.backward(r, batch, false), "the first layer computes no input gradient");
    }

    @Test
    void dropoutGradientFollowsItsMask() {
        Rng rng = new Rng(9);
        Dropout dropout = new Dropout(new int[] {10}, 0.5f, rng);
        float[] x = random(20, rng, 1f);
        float[] y = dropout.forward(x, 2, true).clone();
        float[] ones = new float[20];
        java.util.Arrays.fill(ones, 1f);
        float[] dx = dropout.backward(ones, 2, true);
        int dropped = 0;
        for (int i = 0; i < 20; i++) {
            // y = x * m, so dy/dx = m = y / x
            GradientCheck.assertClose(y[i] / x[i], dx[i], "dropout[" + i + "]");
            if (y[i] == 0f) {
                dropped++;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(dropped > 2 && dropped < 18, "about half dropped: " + dropped);
        org.junit.jupiter.api.Assertions.assertSame(x, dropout.forward(x, 2, false), "identity when predicting");
    }

    @Test
    void modelWithDropoutInPredictionModeChecksOut() {
        Rng rng = new Rng(10);
        Model model = Model.create(
                ModelSpec.parse("input 3 | dense 5 relu | dropout 0.3 | dense 2 linear | loss softmaxCrossEntropy"), rng);
        GradientCheck.checkModel(model, random(4 * 3, rng, 1f), oneHot(4, 2, rng), 4, Regularization.none());
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < b.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }
}
