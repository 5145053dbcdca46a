package org.neurite.bench;

import org.neurite.engine.train.Evaluation;
import org.neurite.engine.train.TrainingRun;
import org.neurite.engine.train.NamedRecipe;

/**
 * Workload W1 on the engine on this JVM: MLP 784-128-10, ReLU, softmax cross-entropy, SGD 0.1, batch 64,
 * Glorot-uniform weights, zero biases, one epoch in file order; only the training loop is timed. The run is
 * built from {@link NamedRecipe#W1}, the same definition the browser's bench page uses.
 */
final class W1Neurite {
    static final String SPEC = NamedRecipe.W1.recipe().spec().toText();

    private W1Neurite() {
    }

    static Result run(MnistData data, int seed) {
        TrainingRun run = NamedRecipe.W1.recipe().withSeed(seed).newRun(data.train(), null);
        long cpu = CpuClock.jvmNanos();
        long start = System.nanoTime();
        while (run.step()) {
            // one batch per call
        }
        long wall = System.nanoTime() - start;
        double cpuPerWall = (double) (CpuClock.jvmNanos() - cpu) / wall;
        Evaluation test = Evaluation.of(run.model(), data.test(), 1000);
        return Result.of(data.train().size() / (wall / 1e9), test.accuracy(), cpuPerWall, "1");
    }
}
