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
    void everyProductSumsInTheBrowsersOrder(int channels, int height, int width, int filters, int kernel,
                                            int stride, boolean same, int batch) {
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
        float[] expectedY = expectedOutput(conv, x, batch, channels, height, width);
        for (boolean training : new boolean[] {false, true}) { // training last: backward follows it
            float[] y = conv.forward(x, batch, training);
            assertArrayEquals(bits(expectedY), bits(Arrays.copyOf(y, expectedY.length)), "output");
        }
        float[] dy = new float[expectedY.length];
        for (int i = 0; i < dy.length; i++) {
            dy[i] = rng.uniform(-1f, 1f);
        }
        float[] expectedDw = expected(conv, x, dy, batch, channels, height, width);
        float[] expectedDx = expectedInputGradient(conv, dy, batch, channels, height, width);
        for (int repeat = 0; repeat < 2; repeat++) { // the second time on the layer's reused buffers
            float[] dx = conv.backward(dy, batch, true);
            assertArrayEquals(bits(expectedDw), bits(conv.weights().grad()), "weight gradient");
            assertArrayEquals(bits(expectedDx), bits(Arrays.copyOf(dx, expectedDx.length)), "input gradient");
        }
    }

    private static float[] expected(Conv2D conv, float[] x, float[] dy, int batch, int channels, int height,
                                    int width) {
        Geometry g = new Geometry(conv, channels);
        float[] dw = new float[g.filters() * g.patch()];
        for (int f = 0; f < g.filters(); f++) {
            for (int q = 0; q < g.patch(); q++) {
                int c = q / (g.k() * g.k());
                int ky = q / g.k() % g.k();
                int kx = q % g.k();
                float sum = 0f;
                for (int n = 0; n < batch; n++) {
                    for (int oy = 0; oy < g.out()[1]; oy++) {
                        for (int ox = 0; ox < g.out()[2]; ox++) {
                            int iy = oy * g.stride() + ky - g.pad()[0];
                            int ix = ox * g.stride() + kx - g.pad()[1];
                            boolean inside = iy >= 0 && iy < height && ix >= 0 && ix < width;
                            float input = inside ? x[((n * channels + c) * height + iy) * width + ix] : 0f;
                            float gradient = dy[((n * g.filters() + f) * g.out()[1] + oy) * g.out()[2] + ox];
                            sum += input * gradient;
                        }
                    }
                }
                dw[f * g.patch() + q] = sum;
            }
        }
        return dw;
    }

    /**
     * Each input pixel: the sum, over the taps that read it in (c, ky, kx) order, of that tap's g.patch() gradient,
     * itself the sum over g.filters() in order of W times dZ (samples with many patches are folded in several chunks).
     */
    private static float[] expectedInputGradient(Conv2D conv, float[] dy, int batch, int channels, int height,
                                                 int width) {
        Geometry g = new Geometry(conv, channels);
        float[] w = conv.weights().value();
        float[] dx = new float[batch * channels * height * width];
        for (int n = 0; n < batch; n++) {
            for (int q = 0; q < g.patch(); q++) {
                int c = q / (g.k() * g.k());
                for (int oy = 0; oy < g.out()[1]; oy++) {
                    for (int ox = 0; ox < g.out()[2]; ox++) {
                        int iy = oy * g.stride() + q / g.k() % g.k() - g.pad()[0];
                        int ix = ox * g.stride() + q % g.k() - g.pad()[1];
                        if (iy < 0 || iy >= height || ix < 0 || ix >= width) {
                            continue;
                        }
                        float dPatch = 0f;
                        for (int f = 0; f < g.filters(); f++) {
                            dPatch += w[f * g.patch() + q] * dy[((n * g.filters() + f) * g.out()[1] + oy) * g.out()[2] + ox];
                        }
                        dx[((n * channels + c) * height + iy) * width + ix] += dPatch;
                    }
                }
            }
        }
        return dx;
    }

    private static float[] expectedOutput(Conv2D conv, float[] x, int batch, int channels, int height, int width) {
        Geometry g = new Geometry(conv, channels);
        float[] w = conv.weights().value();
        float[] y = new float[batch * g.filters() * g.out()[1] * g.out()[2]];
        for (int n = 0; n < batch; n++) {
            for (int f = 0; f < g.filters(); f++) {
                for (int oy = 0; oy < g.out()[1]; oy++) {
                    for (int ox = 0; ox < g.out()[2]; ox++) {
                        float sum = 0f;
                        for (int q = 0; q < g.patch(); q++) {
                            int c = q / (g.k() * g.k());
                            int iy = oy * g.stride() + q / g.k() % g.k() - g.pad()[0];
                            int ix = ox * g.stride() + q % g.k() - g.pad()[1];
                            boolean inside = iy >= 0 && iy < height && ix >= 0 && ix < width;
                            float input = inside ? x[((n * channels + c) * height + iy) * width + ix] : 0f;
                            sum += w[f * g.patch() + q] * input;
                        }
                        y[((n * g.filters() + f) * g.out()[1] + oy) * g.out()[2] + ox] = sum + conv.bias().value()[f];
                    }
                }
            }
        }
        return y;
    }

    /** The layer's shape as the sums above need it: output shape, filters, kernel, stride, padding, patch size. */
    private record Geometry(int[] out, int filters, int k, int stride, int[] pad, int patch) {
        Geometry(Conv2D conv, int channels) {
            this(conv.outputShape(), conv.outputShape()[0], conv.kernel(), conv.stride(), conv.padding(),
                    channels * conv.kernel() * conv.kernel());
        }
    }

    private static int[] bits(float[] values) {
        int[] bits = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
        }
        return bits;
    }
}
