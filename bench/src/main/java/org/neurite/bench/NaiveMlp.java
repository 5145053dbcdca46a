package org.neurite.bench;

import org.neurite.engine.data.Dataset;
import org.neurite.engine.random.Rng;

/**
 * The naive baseline of W1: the same network, data order and hyperparameters written as plain i-k-j loops
 * over float arrays, without the engine's blocking or buffers. What a straightforward Java port would do.
 */
final class NaiveMlp {
    private static final int IN = 784;
    private static final int HID = 128;
    private static final int OUT = 10;
    private static final int BATCH = 64;
    private static final float LR = 0.1f;

    private final float[] w1 = new float[IN * HID];
    private final float[] b1 = new float[HID];
    private final float[] w2 = new float[HID * OUT];
    private final float[] b2 = new float[OUT];

    private NaiveMlp(int seed) {
        Rng rng = new Rng(seed);
        glorot(w1, IN, HID, rng);
        glorot(w2, HID, OUT, rng);
    }

    private static void glorot(float[] w, int fanIn, int fanOut, Rng rng) {
        float limit = (float) Math.sqrt(6.0 / (fanIn + fanOut));
        for (int i = 0; i < w.length; i++) {
            w[i] = rng.uniform(-limit, limit);
        }
    }

    static Result run(MnistData data, int seed) {
        NaiveMlp net = new NaiveMlp(seed);
        Dataset train = data.train();
        int[] order = Dataset.identityOrder(train.size());
        float[] x = new float[BATCH * IN];
        long cpu = CpuClock.jvmNanos();
        long start = System.nanoTime();
        for (int s = 0; s < train.size(); s += BATCH) {
            int n = Math.min(BATCH, train.size() - s);
            train.copyFeatures(order, s, n, x);
            net.trainBatch(x, train, s, n);
        }
        long wall = System.nanoTime() - start;
        double cpuPerWall = (double) (CpuClock.jvmNanos() - cpu) / wall;
        return Result.of(train.size() / (wall / 1e9), net.accuracy(data.test()), cpuPerWall, "1");
    }

    private void trainBatch(float[] x, Dataset train, int first, int n) {
        float[] h = new float[n * HID];
        float[] z = new float[n * OUT];
        forward(x, n, h, z);
        // softmax cross-entropy gradient, averaged over the batch
        for (int i = 0; i < n; i++) {
            float max = z[i * OUT];
            for (int j = 1; j < OUT; j++) {
                max = Math.max(max, z[i * OUT + j]);
            }
            float sum = 0f;
            for (int j = 0; j < OUT; j++) {
                z[i * OUT + j] = (float) Math.exp(z[i * OUT + j] - max);
                sum += z[i * OUT + j];
            }
            int label = train.label(first + i);
            for (int j = 0; j < OUT; j++) {
                z[i * OUT + j] = (z[i * OUT + j] / sum - (j == label ? 1f : 0f)) / n;
            }
        }
        float[] dh = new float[n * HID];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < HID; k++) {
                float s = 0f;
                for (int j = 0; j < OUT; j++) {
                    s += z[i * OUT + j] * w2[k * OUT + j];
                }
                dh[i * HID + k] = h[i * HID + k] > 0f ? s : 0f;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < HID; k++) {
                float hv = h[i * HID + k];
                for (int j = 0; j < OUT; j++) {
                    w2[k * OUT + j] -= LR * hv * z[i * OUT + j];
                }
            }
            for (int j = 0; j < OUT; j++) {
                b2[j] -= LR * z[i * OUT + j];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < IN; k++) {
                float xv = x[i * IN + k];
                for (int j = 0; j < HID; j++) {
                    w1[k * HID + j] -= LR * xv * dh[i * HID + j];
                }
            }
            for (int j = 0; j < HID; j++) {
                b1[j] -= LR * dh[i * HID + j];
            }
        }
    }

    private void forward(float[] x, int n, float[] h, float[] z) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < HID; j++) {
                h[i * HID + j] = b1[j];
            }
            for (int k = 0; k < IN; k++) {
                float xv = x[i * IN + k];
                for (int j = 0; j < HID; j++) {
                    h[i * HID + j] += xv * w1[k * HID + j];
                }
            }
            for (int j = 0; j < HID; j++) {
                h[i * HID + j] = Math.max(0f, h[i * HID + j]);
            }
            for (int j = 0; j < OUT; j++) {
                z[i * OUT + j] = b2[j];
            }
            for (int k = 0; k < HID; k++) {
                float hv = h[i * HID + k];
                for (int j = 0; j < OUT; j++) {
                    z[i * OUT + j] += hv * w2[k * OUT + j];
                }
            }
        }
    }

    private double accuracy(Dataset test) {
        int[] order = Dataset.identityOrder(test.size());
        float[] x = new float[BATCH * IN];
        float[] h = new float[BATCH * HID];
        float[] z = new float[BATCH * OUT];
        int correct = 0;
        for (int s = 0; s < test.size(); s += BATCH) {
            int n = Math.min(BATCH, test.size() - s);
            test.copyFeatures(order, s, n, x);
            forward(x, n, h, z);
            for (int i = 0; i < n; i++) {
                int best = 0;
                for (int j = 1; j < OUT; j++) {
                    if (z[i * OUT + j] > z[i * OUT + best]) {
                        best = j;
                    }
                }
                if (best == test.label(s + i)) {
                    correct++;
                }
            }
        }
        return (double) correct / test.size();
    }
}
