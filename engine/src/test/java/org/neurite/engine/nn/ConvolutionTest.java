package org.neurite.engine.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neurite.engine.optim.Regularization;
import org.neurite.engine.random.Rng;

/** Convolution, pooling and flatten: values worked by hand, shapes, and central-difference gradients. */
class ConvolutionTest {
    private static float[] random(int n, Rng rng) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = rng.uniform(-1f, 1f);
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

    @Test
    void convolutionWorkedByHand() {
        // one 3x3 image, one 2x2 kernel of ones, valid padding: each output is the sum of a 2x2 window
        Conv2D conv = new Conv2D(new int[] {1, 3, 3}, 1, 2, 1, false, Activation.LINEAR, Init.GLOROT, new Rng(1));
        java.util.Arrays.fill(conv.weights().value(), 1f);
        conv.bias().value()[0] = 0.5f;
        float[] y = conv.forward(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 1, false);
        assertArrayEquals(new float[] {12.5f, 16.5f, 24.5f, 28.5f}, y, 0f);
        assertArrayEquals(new int[] {1, 2, 2}, conv.outputShape());
    }

    @Test
    void samePaddingKeepsTheSizeAndPadsWithZeros() {
        Conv2D conv = new Conv2D(new int[] {1, 3, 3}, 1, 3, 1, true, Activation.LINEAR, Init.GLOROT, new Rng(1));
        java.util.Arrays.fill(conv.weights().value(), 1f);
        float[] y = conv.forward(new float[] {1, 1, 1, 1, 1, 1, 1, 1, 1}, 1, false);
        // corners see 4 pixels, edges 6, the centre 9
        assertArrayEquals(new float[] {4, 6, 4, 6, 9, 6, 4, 6, 4}, y, 0f);
    }

    @Test
    void maxPoolWorkedByHand() {
        MaxPool2D pool = new MaxPool2D(new int[] {1, 4, 4}, 2);
        float[] x = {1, 2, 5, 0, 3, 4, 1, 1, 0, 0, 9, 8, 7, 0, 6, 5};
        assertArrayEquals(new float[] {4, 5, 7, 9}, pool.forward(x, 1, false), 0f);
        float[] dx = pool.backward(new float[] {10, 20, 30, 40}, 1, true);
        assertArrayEquals(new float[] {0, 0, 20, 0, 0, 10, 0, 0, 0, 0, 40, 0, 30, 0, 0, 0}, dx, 0f);
    }

    @Test
    void maxPoolSendsTheGradientToTheFirstOfTiedMaxima() {
        // in scan order (row by row): ReLU's zeros, a tie across rows, a tie within the bottom row, 3x3 windows
        float[] x = {0, 0, 3, 1, 2, 0, 0, 0, 3, 3, 2, 5, 1, 1, 0, 7, 7, 0};
        MaxPool2D two = new MaxPool2D(new int[] {1, 3, 6}, 2);
        assertArrayEquals(new float[] {0, 3, 5}, two.forward(x, 1, false), 0f);
        assertArrayEquals(new float[] {10, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 30, 0, 0, 0, 0, 0, 0},
                two.backward(new float[] {10, 20, 30}, 1, true), 0f);
        MaxPool2D three = new MaxPool2D(new int[] {1, 3, 6}, 3);
        assertArrayEquals(new float[] {3, 7}, three.forward(x, 1, false), 0f);
        assertArrayEquals(new float[] {0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 0, 0},
                three.backward(new float[] {10, 20}, 1, true), 0f);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "input 1x6x6 | conv 3 3 tanh | flatten | dense 3 linear | loss softmaxCrossEntropy",
        "input 2x5x5 | conv 2 3 sigmoid padding=valid | dense 2 linear | loss softmaxCrossEntropy",
        "input 1x7x7 | conv 2 3 tanh stride=2 | dense 3 linear | loss softmaxCrossEntropy",
        "input 1x8x8 | conv 3 5 relu | maxpool 2 | conv 2 3 tanh | maxpool 2 | dense 3 linear | loss softmaxCrossEntropy",
        "input 2x6x6 | conv 2 3 leakyRelu | maxpool 3 | dense 2 linear | loss mse"})
    void gradientsMatchCentralDifferences(String spec) {
        Rng rng = new Rng(spec.length());
        Model model = Model.create(ModelSpec.parse(spec), rng);
        int batch = 3;
        float[] x = random(batch * model.inputSize(), rng);
        GradientCheck.checkModel(model, x, oneHot(batch, model.outputSize(), rng), batch, Regularization.none());
        GradientCheck.checkModel(model, x, oneHot(batch, model.outputSize(), rng), batch, Regularization.l2(0.1f));
    }

    @Test
    void convInputGradientMatchesCentralDifferences() {
        Rng rng = new Rng(4);
        Conv2D conv = new Conv2D(new int[] {2, 5, 4}, 3, 3, 2, true, Activation.TANH, Init.GLOROT, rng);
        int batch = 2;
        float[] x = random(batch * 40, rng);
        float[] r = random(batch * conv.outputSize(), rng);
        conv.forward(x, batch, false);
        float[] dx = conv.backward(r, batch, true).clone();
        float h = 1e-3f;
        for (int i = 0; i < x.length; i++) {
            float saved = x[i];
            x[i] = saved + h;
            double plus = dot(conv.forward(x, batch, false), r);
            x[i] = saved - h;
            double minus = dot(conv.forward(x, batch, false), r);
            x[i] = saved;
            GradientCheck.assertClose((plus - minus) / (2 * h), dx[i], "dx[" + i + "]");
        }
    }

    @Test
    void lenetLikeSpecHasTheExpectedShapesAndParameters() {
        ModelSpec spec = ModelSpec.parse("input 1x28x28 | conv 8 5 relu | maxpool 2 | conv 16 5 relu | maxpool 2 "
                + "| flatten | dense 10 linear | loss softmaxCrossEntropy");
        Model model = Model.create(spec, new Rng(1));
        assertArrayEquals(new int[] {16, 7, 7}, model.layer(3).outputShape());
        assertEquals(8 * 25 + 8 + 16 * 8 * 25 + 16 + 784 * 10 + 10, model.parameterCount());
        assertEquals(spec.toText(), ModelSpec.parse(spec.toText()).toText());
    }

    @Test
    void badConvolutionSpecsAreExplained() {
        String e = assertThrows(ModelSpecException.class,
                () -> ModelSpec.parse("input 784 | conv 8 5 relu | dense 10 linear | loss mse")).getMessage();
        assertTrue(e.contains("layer 1 (conv)") && e.contains("needs image input"), e);
        e = assertThrows(ModelSpecException.class,
                () -> ModelSpec.parse("input 1x4x4 | conv 8 5 relu padding=valid | dense 2 linear | loss mse"))
                .getMessage();
        assertTrue(e.contains("kernel 5 is larger than its 4x4 input"), e);
        e = assertThrows(ModelSpecException.class,
                () -> ModelSpec.parse("input 1x4x4 | maxpool 8 | dense 2 linear | loss mse")).getMessage();
        assertTrue(e.contains("window 8"), e);
        e = assertThrows(ModelSpecException.class,
                () -> ModelSpec.parse("input 1x8x8 | conv 8 3 relu stride=9 | dense 2 linear | loss mse")).getMessage();
        assertTrue(e.contains("stride 9"), e);
        e = assertThrows(ModelSpecException.class,
                () -> ModelSpec.parse("input 1x8x8 | conv 8 3 relu dilation=2 | dense 2 linear | loss mse")).getMessage();
        assertTrue(e.contains("unknown setting 'dilation=2'"), e);
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < b.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }
}
