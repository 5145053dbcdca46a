package org.neurite.bench;

import org.neurite.engine.data.Dataset;
import org.neurite.engine.train.Evaluation;
import org.neurite.engine.train.TrainingRun;
import org.neurite.engine.train.NamedRecipe;

/**
 * Workload W2 on the engine on this JVM: conv 5x5x8 same + ReLU, maxpool 2, conv 5x5x16 same + ReLU, maxpool 2,
 * dense 10 softmax; SGD 0.05, batch 64, Glorot-uniform; one epoch over the first 10,000 training images in file
 * order. Built from {@link NamedRecipe#W2}, like the browser's bench page.
 */
final class W2Neurite {
    static final String SPEC = NamedRecipe.W2.recipe().spec().toText();

    private W2Neurite() {
    }

    static Result run(MnistData data, int seed) {
        TrainingRun run = NamedRecipe.W2.recipe().withSeed(seed).newRun(data.train(), null);
        Dataset train = run.train();
        long cpu = CpuClock.jvmNanos();
        long start = System.nanoTime();
        while (run.step()) {
            // one batch per call
        }
        long wall = System.nanoTime() - start;
        double cpuPerWall = (double) (CpuClock.jvmNanos() - cpu) / wall;
        Evaluation test = Evaluation.of(run.model(), data.test(), 500);
        return Result.of(train.size() / (wall / 1e9), test.accuracy(), cpuPerWall, "1");
    }
}
