package org.neurite.engine.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neurite.engine.random.Rng;

/**
 * The weight gradient equals, bit for bit, the sum over samples and output pixels, in that increasing order, of
 * dZ times the input each tap read: whichever layout of the patches the JVM picks (by pixel once K >= 32).
 */
class ConvWeightGradientTest {
    @ParameterizedTest(name = "{0}x{1}x{2} filters {3} kernel {4} stride {5} same {6} batch {7}")
    @CsvSource({"8,14,14,16,5,1,true,3", "8,12,12,16,5,1,false,2", "4,9,7,5,3,2,true,2", "2,6,6,3,5,1,true,1",
        "1,8,8,4,5,1,true,2", "3,7,8,2,3,1,false,3"})
    void equalsTheSumInPixelOrder(int channels, int height, int width, int filters, int kernel, int stride,
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
            conv.backward(dy, batch, true);
            assertArrayEquals(bits(expected(conv, x, dy, batch, channels, height, width)),
                    bits(conv.weights().grad()));
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

    private static int[] bits(float[] values) {
        int[] bits = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
        }
        return bits;
    }
}
