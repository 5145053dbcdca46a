package org.neurite.bench;

import org.neurite.engine.data.Dataset;
import org.neurite.engine.train.Evaluation;
import org.neurite.engine.train.TrainingRun;
import org.neurite.web.bench.Workload;

/**
 * Workload W2 on the engine on this JVM: conv 5x5x8 same + ReLU, maxpool 2, conv 5x5x16 same + ReLU, maxpool 2,
 * dense 10 softmax; SGD 0.05, batch 64, Glorot-uniform; one epoch over the first 10,000 training images in file
 * order. Built from {@link Workload#W2}, like the browser's bench page.
 */
final class W2Neurite {
    static final String SPEC = Workload.W2.spec();
    static final int TRAIN_SAMPLES = Workload.W2.trainLimit();

    private W2Neurite() {
    }

    static Result run(MnistData data, int seed) {
        Dataset train = data.trainPrefix(TRAIN_SAMPLES);
        TrainingRun run = Workload.W2.request(seed).newRun(train, null);
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
