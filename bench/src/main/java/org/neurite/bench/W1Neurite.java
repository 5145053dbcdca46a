package org.neurite.bench;

import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.optim.Sgd;
import org.neurite.engine.random.Rng;
import org.neurite.engine.train.Evaluation;
import org.neurite.engine.train.TrainingConfig;
import org.neurite.engine.train.TrainingRun;

/**
 * Workload W1 on the engine: MLP 784-128-10, ReLU, softmax cross-entropy, SGD 0.1, batch 64, Glorot-uniform
 * weights, zero biases, one epoch in file order; only the training loop is timed.
 */
final class W1Neurite {
    static final String SPEC =
            "input 784 | dense 128 relu init=glorot | dense 10 linear | loss softmaxCrossEntropy";

    private W1Neurite() {
    }

    static Result run(MnistData data, int seed) {
        Model model = Model.create(ModelSpec.parse(SPEC), new Rng(seed));
        TrainingConfig config = new TrainingConfig(1, 64, seed).withShuffle(false);
        TrainingRun run = new TrainingRun(model, new Sgd(0.1f), config, data.train(), null);
        long start = System.nanoTime();
        while (run.step()) {
            // one batch per call
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Evaluation test = Evaluation.of(model, data.test(), 1000);
        return new Result(data.train().size() / seconds, test.accuracy());
    }
}
