package org.neurite.engine.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neurite.engine.random.Rng;

/**
 * A convolution's products sum in the order the browser's kernels use, bit for bit, whichever way the JVM makes its
 * patches (made row by row as the streaming kernel needs them, by tap or by pixel, or written out): the forward pass
 * sums each output over the taps (c, ky, kx) in that order, and the weight gradient sums over samples and output
 * pixels in increasing order.
 */
class ConvSumOrderTest {
    @ParameterizedTest(name = "{0}x{1}x{2} filters {3} kernel {4} stride {5} same {6} batch {7}")
    @CsvSource({"8,14,14,16,5,1,true,3", "8,12,12,16,5,1,false,2", "4,9,7,5,3,2,true,2", "2,6,6,3,5,1,true,1",
        "1,8,8,4,5,1,true,2", "3,7,8,2,3,1,false,3", "1,28,28,8,5,1,true,2", "3,11,9,4,4,3,false,5"})
    void theForwardPassSumsInTapOrder(int channels, int height, int width, int filters, int kernel, int stride,
                                      boolean same, int batch) {
        Rng rng = new Rng(channels * 100 + kernel * 10 + batch);
        Conv2D conv = new Conv2D(new int[] {channels, height, width}, filters, kernel, stride, same,
                Activation.LINEAR, Init.GLOROT, rng);
        float[] b = conv.bias().value();
        for (int f = 0; f < b.length; f++) {
            b[f] = rng.uniform(-1f, 1f);
        }
        float[] x = new float[batch * channels * height * width];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.uniform(-1f, 1f);
        }
        for (boolean training : new boolean[] {true, false}) {
            float[] y = conv.forward(x, batch, training);
            float[] expected = expectedOutput(conv, x, batch, channels, height, width);
            assertArrayEquals(bits(expected), bits(Arrays.copyOf(y, expected.length)));
        }
    }

    @ParameterizedTest(name = "{0}x{1}x{2} filters {3} kernel {4} stride {5} same {6} batch {7}")
    @CsvSource({"8,14,14,16,5,1,true,3", "8,12,12,16,5,1,false,2", "4,9,7,5,3,2,true,2", "2,6,6,3,5,1,true,1",
        "1,8,8,4,5,1,true,2", "3,7,8,2,3,1,false,3", "1,28,28,8,5,1,true,2", "3,11,9,4,4,3,false,5"})
    void theWeightGradientSumsInPixelOrder(int channels, int height, int width, int filters, int kernel, int stride,
                                  boolean same, int batch) {
        Rng rng = new Rng(channels * 100 + kernel * 10 + batch);
        Conv2D conv = new Conv2D(new int[] {channels, height, width}, filters, kernel, stride, same,
                Activation.LINEAR, Init.GLOROT, rng);
        float[] x = new float[batch * channels * height * width];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.uniform(-1f, 1f);
        }
        conv.forward(x, batch, true);
        int[] out = conv.outputShape();
        int pixels = out[1] * out[2];
        float[] dy = new float[batch * filters * pixels];
        for (int i = 0; i < dy.length; i++) {
            dy[i] = rng.uniform(-1f, 1f);
        }
        for (int repeat = 0; repeat < 2; repeat++) { // the second time on the layer's reused buffers
            float[] dx = conv.backward(dy, batch, true);
            assertArrayEquals(bits(expected(conv, x, dy, batch, channels, height, width)),
                    bits(conv.weights().grad()), "weight gradient");
            float[] expectedDx = expectedInputGradient(conv, dy, batch, channels, height, width);
            assertArrayEquals(bits(expectedDx), bits(Arrays.copyOf(dx, expectedDx.length)), "input gradient");
        }
    }

    private static float[] expected(Conv2D conv, float[] x, float[] dy, int batch, int channels, int height,
                                    int width) {
        int[] out = conv.outputShape();
        int filters = out[0];
        int k = conv.kernel();
        int stride = conv.stride();
        int[] pad = conv.padding();
        int patch = channels * k * k;
        float[] dw = new float[filters * patch];
        for (int f = 0; f < filters; f++) {
            for (int q = 0; q < patch; q++) {
                int c = q / (k * k);
                int ky = q / k % k;
                int kx = q % k;
                float sum = 0f;
                for (int n = 0; n < batch; n++) {
                    for (int oy = 0; oy < out[1]; oy++) {
                        for (int ox = 0; ox < out[2]; ox++) {
                            int iy = oy * stride + ky - pad[0];
                            int ix = ox * stride + kx - pad[1];
                            boolean inside = iy >= 0 && iy < height && ix >= 0 && ix < width;
                            float input = inside ? x[((n * channels + c) * height + iy) * width + ix] : 0f;
                            float g = dy[((n * filters + f) * out[1] + oy) * out[2] + ox] * 1f;
                            sum += input * g;
                        }
                    }
                }
                dw[f * patch + q] = sum;
            }
        }
        return dw;
    }

    /**
     * Each input pixel: the sum, over the taps that read it in (c, ky, kx) order, of that tap's patch gradient,
     * itself the sum over filters in order of W times dZ (samples with many patches are folded in several chunks).
     */
    private static float[] expectedInputGradient(Conv2D conv, float[] dy, int batch, int channels, int height,
                                                 int width) {
        int[] out = conv.outputShape();
        int filters = out[0];
        int k = conv.kernel();
        int stride = conv.stride();
        int[] pad = conv.padding();
        int patch = channels * k * k;
        float[] w = conv.weights().value();
        float[] dx = new float[batch * channels * height * width];
        for (int n = 0; n < batch; n++) {
            for (int q = 0; q < patch; q++) {
                int c = q / (k * k);
                for (int oy = 0; oy < out[1]; oy++) {
                    for (int ox = 0; ox < out[2]; ox++) {
                        int iy = oy * stride + q / k % k - pad[0];
                        int ix = ox * stride + q % k - pad[1];
                        if (iy < 0 || iy >= height || ix < 0 || ix >= width) {
                            continue;
                        }
                        float dPatch = 0f;
                        for (int f = 0; f < filters; f++) {
                            dPatch += w[f * patch + q] * dy[((n * filters + f) * out[1] + oy) * out[2] + ox];
                        }
                        dx[((n * channels + c) * height + iy) * width + ix] += dPatch;
                    }
                }
            }
        }
        return dx;
    }

    private static float[] expectedOutput(Conv2D conv, float[] x, int batch, int channels, int height, int width) {
        int[] out = conv.outputShape();
        int filters = out[0];
        int k = conv.kernel();
        int stride = conv.stride();
        int[] pad = conv.padding();
        int patch = channels * k * k;
        float[] w = conv.weights().value();
        float[] y = new float[batch * filters * out[1] * out[2]];
        for (int n = 0; n < batch; n++) {
            for (int f = 0; f < filters; f++) {
                for (int oy = 0; oy < out[1]; oy++) {
                    for (int ox = 0; ox < out[2]; ox++) {
                        float sum = 0f;
                        for (int q = 0; q < patch; q++) {
                            int c = q / (k * k);
                            int iy = oy * stride + q / k % k - pad[0];
                            int ix = ox * stride + q % k - pad[1];
                            boolean inside = iy >= 0 && iy < height && ix >= 0 && ix < width;
                            float input = inside ? x[((n * channels + c) * height + iy) * width + ix] : 0f;
                            sum += w[f * patch + q] * input;
                        }
                        y[((n * filters + f) * out[1] + oy) * out[2] + ox] = sum + conv.bias().value()[f];
                    }
                }
            }
        }
        return y;
    }

    private static int[] bits(float[] values) {
        int[] bits = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
        }
        return bits;
    }
}
