package org.neurite.web.bench;

import org.neurite.web.worker.TrainingRequest;

/**
 * The two benchmark workloads, defined exactly as the peer baselines run them (batch 64, plain SGD,
 * Glorot-uniform weights and zero biases, one epoch in file order). The JVM benchmark and the browser's
 * bench page both build their runs from here, so the two cannot drift apart.
 */
public enum Workload {
    /** MLP 784-128-10, ReLU, softmax cross-entropy; SGD 0.1; all 60,000 training images. */
    W1("MLP 784-128-10", "input 784 | dense 128 relu init=glorot | dense 10 linear | loss softmaxCrossEntropy",
            0.1f, 0),
    /** conv 5x5x8 same + ReLU, maxpool 2, conv 5x5x16 same + ReLU, maxpool 2, dense 10; SGD 0.05; first 10,000 images. */
    W2("small CNN", "input 1x28x28 | conv 8 5 relu init=glorot | maxpool 2 | conv 16 5 relu init=glorot"
            + " | maxpool 2 | dense 10 linear | loss softmaxCrossEntropy", 0.05f, 10_000);

    public static final int BATCH_SIZE = 64;

    private final String title;
    private final String spec;
    private final float learningRate;
    private final int trainLimit;

    Workload(String title, String spec, float learningRate, int trainLimit) {
        this.title = title;
        this.spec = spec;
        this.learningRate = learningRate;
        this.trainLimit = trainLimit;
    }

    /** What it trains, as a person reads it. */
    public String title() {
        return title;
    }

    public String spec() {
        return spec;
    }

    public float learningRate() {
        return learningRate;
    }

    /** Training images used: the first {@code trainLimit()} of the file, 0 for all of them. */
    public int trainLimit() {
        return trainLimit;
    }

    /** The run: one epoch, file order, seeded weights. */
    public TrainingRequest request(int seed) {
        return new TrainingRequest(spec).withOptimizer("sgd", learningRate).withBatchSize(BATCH_SIZE).withEpochs(1)
                .withSeed(seed).withShuffle(false).withTrainLimit(trainLimit);
    }

    /** The workload named {@code name} ("W1", "w2"), or null. */
    public static Workload byName(String name) {
        for (Workload w : values()) {
            if (w.name().equalsIgnoreCase(name.trim())) {
                return w;
            }
        }
        return null;
    }
}
