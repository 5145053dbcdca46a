package org.neurite.bench;

import org.neurite.engine.data.Dataset;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.optim.Sgd;
import org.neurite.engine.random.Rng;
import org.neurite.engine.train.Evaluation;
import org.neurite.engine.train.TrainingConfig;
import org.neurite.engine.train.TrainingRun;

/**
 * Workload W2 on the engine: conv 5x5x8 same + ReLU, maxpool 2, conv 5x5x16 same + ReLU, maxpool 2, dense 10
 * softmax; SGD 0.05, batch 64, Glorot-uniform; one epoch over the first 10,000 training images in file order.
 */
final class W2Neurite {
    static final String SPEC = "input 1x28x28 | conv 8 5 relu init=glorot | maxpool 2 | conv 16 5 relu init=glorot"
            + " | maxpool 2 | dense 10 linear | loss softmaxCrossEntropy";
    static final int TRAIN_SAMPLES = 10_000;

    private W2Neurite() {
    }

    static Result run(MnistData data, int seed) {
        Dataset train = data.trainPrefix(TRAIN_SAMPLES);
        Model model = Model.create(ModelSpec.parse(SPEC), new Rng(seed));
        TrainingConfig config = new TrainingConfig(1, 64, seed).withShuffle(false);
        TrainingRun run = new TrainingRun(model, new Sgd(0.05f), config, train, null);
        long start = System.nanoTime();
        while (run.step()) {
            // one batch per call
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Evaluation test = Evaluation.of(model, data.test(), 500);
        return new Result(train.size() / seconds, test.accuracy());
    }
}
