package org.neurite.bench;

import org.neurite.engine.data.Dataset;
import org.neurite.engine.loss.Loss;
import org.neurite.engine.nn.Layer;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.nn.Param;
import org.neurite.engine.optim.Sgd;
import org.neurite.engine.random.Rng;
import org.neurite.engine.train.NamedRecipe;

/**
 * Where the time of a training step goes on this JVM: forward and backward of every layer, the loss and the
 * SGD update, timed separately over the workload's batches (after a warm-up pass). {@code bench/run --profile}.
 */
final class LayerProfile {
    private static final int BATCH = NamedRecipe.W1.recipe().batchSize();

    private LayerProfile() {
    }

    static void print(NamedRecipe workload, Dataset train) {
        Model model = Model.create(workload.recipe().spec(), new Rng(1));
        Layer[] layers = model.layers();
        long[] forward = new long[layers.length];
        long[] backward = new long[layers.length];
        long[] rest = new long[2];
        for (int pass = 0; pass < 2; pass++) {
            // pass 0 warms the JIT up; pass 1 is measured
            java.util.Arrays.fill(forward, 0);
            java.util.Arrays.fill(backward, 0);
            java.util.Arrays.fill(rest, 0);
            train(model, train, workload.recipe().learningRate(), forward, backward, rest);
        }
        long total = rest[0] + rest[1];
        for (int i = 0; i < layers.length; i++) {
            total += forward[i] + backward[i];
        }
        System.out.printf("%n%s %s on this JVM: %d samples, %.0f samples/s with the timers in%n", workload.name(),
                workload.title(), train.size(), train.size() / (total / 1e9));
        System.out.printf("  %-34s %10s %10s %7s%n", "layer", "forward ms", "backward ms", "share");
        for (int i = 0; i < layers.length; i++) {
            System.out.printf("  %-34s %10.0f %10.0f %6.1f%%%n", layers[i].describe(), forward[i] / 1e6,
                    backward[i] / 1e6, 100.0 * (forward[i] + backward[i]) / total);
        }
        System.out.printf("  %-34s %10.0f %10s %6.1f%%%n", "loss (softmax cross-entropy)", rest[0] / 1e6, "",
                100.0 * rest[0] / total);
        System.out.printf("  %-34s %10s %10.0f %6.1f%%%n", "SGD update", "", rest[1] / 1e6, 100.0 * rest[1] / total);
    }

    private static void train(Model model, Dataset train, float rate, long[] forward, long[] backward, long[] rest) {
        Layer[] layers = model.layers();
        Param[] params = model.params();
        Loss loss = model.loss();
        Sgd sgd = new Sgd(rate);
        int width = model.outputSize();
        int[] order = Dataset.identityOrder(train.size());
        float[] x = new float[BATCH * model.inputSize()];
        float[] t = new float[BATCH * width];
        float[] grad = new float[BATCH * width];
        for (int start = 0; start < train.size(); start += BATCH) {
            int count = Math.min(BATCH, train.size() - start);
            train.copyFeatures(order, start, count, x);
            train.copyTargets(order, start, count, t, width);
            float[] a = x;
            for (int i = 0; i < layers.length; i++) {
                long t0 = System.nanoTime();
                a = layers[i].forward(a, count, true);
                forward[i] += System.nanoTime() - t0;
            }
            long t1 = System.nanoTime();
            loss.compute(a, t, count, width, grad);
            rest[0] += System.nanoTime() - t1;
            float[] g = grad;
            for (int i = layers.length - 1; i >= 0; i--) {
                long t0 = System.nanoTime();
                g = layers[i].backward(g, count, i > 0);
                backward[i] += System.nanoTime() - t0;
            }
            long t2 = System.nanoTime();
            sgd.step(params);
            rest[1] += System.nanoTime() - t2;
        }
    }
}
