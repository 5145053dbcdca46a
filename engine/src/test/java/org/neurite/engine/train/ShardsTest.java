package org.neurite.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.data.Generators2D;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.nn.Param;
import org.neurite.engine.random.Rng;

class ShardsTest {
    private static final Shards.Parallel IN_TURN = (tasks, count) -> {
        for (int i = count - 1; i >= 0; i--) {
            tasks[i].run(); // backwards on purpose: the result must not depend on the order shards finish
        }
    };

    private static Recipe recipe(String spec) {
        return Recipe.of(ModelSpec.parse(spec)).withOptimizer("sgd", 0.1f).withBatchSize(30).withEpochs(3)
                .withSeed(5);
    }

    private static Dataset spiral() {
        return Generators2D.byName("spiral", 200, 0.1f, new Rng(3));
    }

    @Test
    void batchesAreSplitByDefaultWhenEachWeightDoesEnoughWorkPerBatch() {
        // W1: (784 x 128 + 128 x 10) multiply-adds a sample, x 64 samples, over 100,480 + 1,290 parameters
        assertEquals(101_632.0 * 64 / 101_770, Shards.weightUsesPerBatch(NamedRecipe.W1.recipe()), 1e-9);
        // W2 ('same' convolutions): 200 weights over 28 x 28 pixels, 3,200 over 14 x 14, then 784 x 10;
        // 11,274 parameters
        assertEquals((200.0 * 784 + 3_200 * 196 + 7_840) * 64 / 11_274,
                Shards.weightUsesPerBatch(NamedRecipe.W2.recipe()), 1e-9);
        // Quick CNN: 72 x 784 + 1,152 x 196 + 784 x 64 + 64 x 10, batch 32, 52,138 parameters
        assertEquals(333_056.0 * 32 / 52_138, Shards.weightUsesPerBatch(NamedRecipe.QUICK_CNN.recipe()), 1e-9);
        assertEquals(false, Shards.worthSplitting(NamedRecipe.W1.recipe()));
        assertEquals(false, Shards.worthSplitting(NamedRecipe.MLP.recipe()));
        assertEquals(false, Shards.worthSplitting(NamedRecipe.DEEPER_MLP.recipe()));
        assertEquals(true, Shards.worthSplitting(NamedRecipe.W2.recipe()));
        assertEquals(true, Shards.worthSplitting(NamedRecipe.QUICK_CNN.recipe()));
        assertEquals(true, Shards.worthSplitting(NamedRecipe.CNN.recipe()));
    }

    @Test
    void shardedGradientsAreTheWholeBatchsGradient() {
        String spec = "input 2 | dense 8 tanh | dense 2 linear | loss softmaxCrossEntropy";
        Dataset data = spiral();
        float[] x = new float[30 * 2];
        float[] t = new float[30 * 2];
        int[] order = Dataset.identityOrder(data.size());
        data.copyFeatures(order, 0, 30, x);
        data.copyTargets(order, 0, 30, t, 2);
        Model whole = Model.create(ModelSpec.parse(spec), new Rng(1));
        float[] grad = new float[30 * 2];
        float wholeLoss = whole.loss().compute(whole.forward(x, 30, true), t, 30, 2, grad);
        whole.backward(grad, 30);
        for (int shardCount : new int[] {2, 3, 7}) {
            Model model = Model.create(ModelSpec.parse(spec), new Rng(1));
            Shards shards = new Shards(model, shardCount, 30, 1, true, IN_TURN);
            float loss = shards.forwardBackward(x, t, 30);
            assertEquals(wholeLoss, loss, 1e-5f, shardCount + " shards");
            Param[] a = whole.params();
            Param[] b = model.params();
            for (int p = 0; p < a.length; p++) {
                for (int i = 0; i < a[p].size(); i++) {
                    assertEquals(a[p].grad()[i], b[p].grad()[i], 1e-5f, shardCount + " shards, " + a[p].name() + "[" + i + "]");
                }
            }
        }
    }

    @Test
    void aShardCountGivesTheSameWeightsEveryTimeOnAnyThreads() throws Exception {
        String spec = "input 2 | dense 16 relu | dropout 0.1 | dense 2 linear | loss softmaxCrossEntropy";
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Shards.Parallel safeThreads = (tasks, count) -> {
                List<Future<?>> running = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    running.add(pool.submit(tasks[i]));
                }
                try {
                    for (Future<?> f : running) {
                        f.get();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            String inTurn = train(spec, 3, IN_TURN);
            assertEquals(inTurn, train(spec, 3, safeThreads), "threads or not, 3 shards are 3 shards");
            assertEquals(inTurn, train(spec, 3, IN_TURN));
            assertNotEquals(train(spec, 1, IN_TURN), inTurn, "dropout masks differ with the shard count");
        } finally {
            pool.shutdownNow();
        }
    }

    private static String train(String spec, int shardCount, Shards.Parallel parallel) {
        TrainingRun run = recipe(spec).newRun(spiral(), null);
        run.shard(shardCount, parallel);
        while (run.step()) {
            // to the end
        }
        assertEquals(RunState.DONE, run.state());
        return run.model().weightDigest();
    }

    @Test
    void oneShardIsTheSingleModelPathAndShardedRunsStillLearn() {
        String spec = "input 2 | dense 16 tanh | dense 2 linear | loss softmaxCrossEntropy";
        TrainingRun plain = recipe(spec).newRun(spiral(), null);
        TrainingRun one = recipe(spec).newRun(spiral(), null);
        one.shard(1, IN_TURN);
        assertEquals(1, one.shardCount());
        while (plain.step() & one.step()) {
            // both to the end
        }
        assertEquals(plain.model().weightDigest(), one.model().weightDigest());

        Dataset xorSet = Generators2D.byName("xor", 400, 0.05f, new Rng(4));
        TrainingRun sharded = Recipe.of(ModelSpec.parse(spec)).withOptimizer("adam", 0.02f).withBatchSize(32)
                .withEpochs(40).newRun(xorSet, xorSet);
        sharded.shard(4, IN_TURN);
        while (sharded.step()) {
            // to the end
        }
        assertTrue(sharded.lastTest().accuracy() > 0.9f, "4 shards learn XOR: " + sharded.lastTest().accuracy());
        assertThrows(IllegalStateException.class, () -> sharded.shard(2, IN_TURN));
        assertThrows(IllegalArgumentException.class, () -> plain.shard(0, IN_TURN));
    }

    @Test
    void shardsComputedElsewhereFromFlatWeightsEqualTheInTurnReference() {
        String spec = "input 2 | dense 16 relu | dropout 0.1 | dense 2 linear | loss softmaxCrossEntropy";
        for (int shardCount : new int[] {2, 3}) {
            String reference = train(spec, shardCount, Shards.IN_TURN);
            assertEquals(reference, trainPhased(spec, shardCount), shardCount + " shards, phased as a browser does");
            assertEquals(reference, trainPhased(spec, shardCount), shardCount + " shards, run to run");
        }
    }

    /** The browser's way: shard 0 here, the others on replicas of their own that see only flat arrays. */
    private static String trainPhased(String spec, int shardCount) {
        Recipe recipe = recipe(spec);
        TrainingRun run = recipe.newRun(spiral(), null);
        run.shard(shardCount, (tasks, count) -> {
            throw new AssertionError("a phased run never computes through Parallel");
        });
        Shards shards = run.shards();
        ShardReplica[] helpers = new ShardReplica[shardCount];
        for (int k = 1; k < shardCount; k++) {
            helpers[k] = ShardReplica.of(ModelSpec.parse(spec), recipe.seed(), k, 1, true);
        }
        float[] weights = new float[shards.parameterCount()];
        float[] gradient = new float[shards.parameterCount()];
        int inputs = run.model().inputSize();
        int width = run.model().outputSize();
        while (run.beginShardedStep()) {
            shards.weights(weights);
            for (int k = shards.active() - 1; k >= 1; k--) {
                int n = shards.rows(k);
                ShardReplica helper = helpers[k];
                helper.setWeights(weights);
                System.arraycopy(shards.inputs(k), 0, helper.inputs(n), 0, n * inputs);
                System.arraycopy(shards.targets(k), 0, helper.targets(n), 0, n * width);
                helper.compute(n);
                helper.gradient(gradient);
                shards.accept(k, gradient, helper.loss(), helper.correct());
            }
            shards.compute(0);
            if (!run.finishShardedStep()) {
                break;
            }
        }
        assertEquals(RunState.DONE, run.state());
        return run.model().weightDigest();
    }

    @Test
    void aRunStoppedDuringAPhasedStepDropsIt() {
        TrainingRun run = recipe("input 2 | dense 4 tanh | dense 2 linear | loss softmaxCrossEntropy")
                .newRun(spiral(), null);
        run.shard(2, Shards.IN_TURN);
        String before = run.model().weightDigest();
        assertTrue(run.beginShardedStep());
        run.shards().compute(0);
        run.shards().compute(1);
        run.stop();
        assertEquals(false, run.finishShardedStep());
        assertEquals(before, run.model().weightDigest());
        assertEquals(0, run.samplesSeen());
    }
}
