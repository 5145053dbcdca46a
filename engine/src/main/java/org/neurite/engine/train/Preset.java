package org.neurite.engine.train;

import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.optim.Optimizer;

/**
 * A named MNIST recipe: model spec plus the training settings that make it work. The Studio offers these,
 * the server accepts them by name, and the benchmarks measure how long each takes to reach its accuracy.
 */
public enum Preset {
    /** The classic 784-128-10 MLP, with dropout against over-fitting; 97.5% after 3 epochs, 98% by about 10. */
    MLP("mlp", "MLP", "input 1x28x28 | flatten | dense 128 relu | dropout 0.2 | dense 10 linear "
            + "| loss softmaxCrossEntropy", "adam", 0.001f, 32, 12, 0.2f),
    /** Two hidden layers with dropout; 98% in a few epochs. */
    DEEPER_MLP("deeper-mlp", "Deeper MLP", "input 1x28x28 | flatten | dense 256 relu | dropout 0.2 | dense 128 relu "
            + "| dense 10 linear | loss softmaxCrossEntropy", "adam", 0.001f, 64, 8, 0.1f),
    /** LeNet-like: two 5x5 convolutions with pooling, a dense layer with dropout; 99% in a few epochs. */
    CNN("cnn", "CNN", "input 1x28x28 | conv 16 5 relu | maxpool 2 | conv 32 5 relu | maxpool 2 | flatten "
            + "| dense 128 relu | dropout 0.3 | dense 10 linear | loss softmaxCrossEntropy", "adam", 0.001f, 64, 5,
            0.3f);

    private final String id;
    private final String title;
    private final String spec;
    private final String optimizer;
    private final float learningRate;
    private final int batchSize;
    private final int epochs;
    private final float decay;

    Preset(String id, String title, String spec, String optimizer, float learningRate, int batchSize, int epochs,
           float decay) {
        this.id = id;
        this.title = title;
        this.spec = spec;
        this.optimizer = optimizer;
        this.learningRate = learningRate;
        this.batchSize = batchSize;
        this.epochs = epochs;
        this.decay = decay;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public ModelSpec spec() {
        return ModelSpec.parse(spec);
    }

    public String optimizerId() {
        return optimizer;
    }

    public Optimizer optimizer() {
        return Optimizer.byId(optimizer, learningRate);
    }

    public float learningRate() {
        return learningRate;
    }

    public int batchSize() {
        return batchSize;
    }

    public int epochs() {
        return epochs;
    }

    /** The training settings of the recipe with the given seed. */
    public TrainingConfig config(int seed) {
        return new TrainingConfig(epochs, batchSize, seed).withDecay(decay);
    }

    /** The preset with this id; the error lists the allowed ids. */
    public static Preset byId(String id) {
        for (Preset p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown preset '" + id + "' (allowed: mlp, deeper-mlp, cnn)");
    }
}
