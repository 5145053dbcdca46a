package org.neurite.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.data.Generators2D;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.optim.Adam;
import org.neurite.engine.optim.Sgd;
import org.neurite.engine.random.Rng;

class TrainingRunTest {
    static Dataset xor() {
        return Dataset.classification("xor", new float[] {0, 0, 0, 1, 1, 0, 1, 1}, new int[] {2},
                new int[] {0, 1, 1, 0}, 2);
    }

    /** A recipe with these counts; the spec in it is not used (the runs here are given their model). */
    static Recipe recipe(int epochs, int batchSize, int seed) {
        return Recipe.of(ModelSpec.parse("input 2 | dense 1 linear | loss binaryCrossEntropy")).withEpochs(epochs)
                .withBatchSize(batchSize).withSeed(seed);
    }

    private static List<TrainingEvent> runToEnd(TrainingRun run) {
        List<TrainingEvent> events = new ArrayList<>();
        run.addListener(events::add);
        while (run.step()) {
            // keep stepping
        }
        return events;
    }

    @Test
    void xorReachesFullAccuracy() {
        Model model = Model.create(
                ModelSpec.parse("input 2 | dense 4 tanh | dense 1 linear | loss binaryCrossEntropy"), new Rng(1));
        TrainingRun run = new TrainingRun(model, new Adam(0.05f), recipe(500, 4, 1), xor(), xor());
        List<TrainingEvent> events = runToEnd(run);
        assertEquals(RunState.DONE, run.state());
        TrainingEvent done = events.get(events.size() - 1);
        assertEquals(TrainingEvent.Type.DONE, done.type());
        assertEquals(1f, done.testAccuracy(), "XOR test accuracy");
        assertTrue(done.testLoss() < 0.05f, "XOR loss " + done.testLoss());
        float[] p = model.predict(new float[] {0, 0, 0, 1, 1, 0, 1, 1}, 4);
        assertTrue(p[0] < 0.1f && p[1] > 0.9f && p[2] > 0.9f && p[3] < 0.1f, java.util.Arrays.toString(p));
    }

    @Test
    void twoSpiralsReach95PercentTestAccuracy() {
        Dataset.Split split = Generators2D.spiral(600, 0f, new Rng(3)).split(0.7f, new Rng(4));
        Model model = Model.create(ModelSpec.parse(
                "input 2 | dense 16 tanh | dense 16 tanh | dense 1 linear | loss binaryCrossEntropy"), new Rng(5));
        TrainingRun run = new TrainingRun(model, new Adam(0.02f), recipe(400, 16, 6), split.train,
                split.test);
        runToEnd(run);
        float accuracy = run.lastTest().accuracy();
        assertTrue(accuracy >= 0.95f, "spiral test accuracy " + accuracy);
    }

    @Test
    void keptTestPredictionsAreTheModelsOwnAfterEachEpoch() {
        Dataset.Split split = Generators2D.spiral(300, 0f, new Rng(3)).split(0.7f, new Rng(4));
        Model model = Model.create(ModelSpec.parse(
                "input 2 | dense 8 tanh | dense 1 linear | loss binaryCrossEntropy"), new Rng(5));
        TrainingRun run = new TrainingRun(model, new Adam(0.02f), recipe(3, 16, 6), split.train,
                split.test);
        assertNull(run.lastTestPredictions(), "nothing kept before an epoch ends");
        run.keepTestPredictions();
        int[] epochsChecked = {0};
        run.addListener(event -> {
            if (event.type() != TrainingEvent.Type.EPOCH) {
                return;
            }
            float[] kept = run.lastTestPredictions();
            float[] x = new float[split.test.size() * 2];
            split.test.copyFeatures(Dataset.identityOrder(split.test.size()), 0, split.test.size(), x);
            assertArrayEquals(model.predict(x, split.test.size()), java.util.Arrays.copyOf(kept, kept.length), 0f,
                    "epoch " + event.epoch());
            epochsChecked[0]++;
        });
        runToEnd(run);
        assertEquals(3, epochsChecked[0]);
    }

    @Test
    void eventsFollowTheSchema() {
        Model model = Model.create(
                ModelSpec.parse("input 2 | dense 3 tanh | dense 1 linear | loss binaryCrossEntropy"), new Rng(1));
        TrainingRun run = new TrainingRun(model, new Sgd(0.1f), recipe(2, 2, 1), xor(), xor());
        List<TrainingEvent> events = runToEnd(run);
        // per epoch: 2 batch events and 1 epoch event; then done
        assertEquals(7, events.size());
        TrainingEvent first = events.get(0);
        assertEquals(TrainingEvent.Type.BATCH, first.type());
        assertEquals(1, first.epoch());
        assertEquals(1, first.batch());
        assertEquals(2, first.samplesSeen());
        assertTrue(first.toJson().startsWith("{\"type\":\"batch\",\"epoch\":1,\"batch\":1,\"samplesSeen\":2,\"loss\":"),
                first.toJson());
        assertFalse(first.toJson().contains("testLoss"), "absent fields are omitted");
        TrainingEvent epoch = events.get(2);
        assertEquals(TrainingEvent.Type.EPOCH, epoch.type());
        assertTrue(epoch.toJson().contains("\"testAccuracy\":"), epoch.toJson());
        TrainingEvent done = events.get(6);
        assertEquals(TrainingEvent.Type.DONE, done.type());
        assertEquals(8, done.samplesSeen());
        assertTrue(done.toJson().endsWith("\"message\":\"Training finished after 2 epochs.\"}"), done.toJson());
    }

    @Test
    void divergenceStopsTheRunAndSaysWhatToTry() {
        Dataset data = Generators2D.plane(200, 0f, new Rng(1));
        Model model = Model.create(ModelSpec.parse("input 2 | dense 8 relu | dense 1 linear | loss mse"), new Rng(2));
        TrainingRun run = new TrainingRun(model, new Sgd(50f), recipe(50, 10, 3), data, null);
        List<TrainingEvent> events = runToEnd(run);
        assertEquals(RunState.DIVERGED, run.state());
        TrainingEvent last = events.get(events.size() - 1);
        assertEquals(TrainingEvent.Type.DIVERGED, last.type());
        assertTrue(last.message().contains("learning rate 50.0 is too high") && last.message().contains("try 0.5"),
                last.message());
        assertFalse(run.step(), "a diverged run does not step on");
    }

    @Test
    void stopEmitsOneStoppedEvent() {
        TrainingRun run = new TrainingRun(
                Model.create(ModelSpec.parse("input 2 | dense 1 linear | loss binaryCrossEntropy"), new Rng(1)),
                new Sgd(0.1f), recipe(10, 1, 1), xor(), null);
        List<TrainingEvent> events = new ArrayList<>();
        run.addListener(events::add);
        run.step();
        run.stop();
        run.stop();
        assertFalse(run.step());
        assertEquals(TrainingEvent.Type.STOPPED, events.get(events.size() - 1).type());
        assertEquals(1, events.stream().filter(e -> e.type() == TrainingEvent.Type.STOPPED).count());
    }

    @Test
    void learningRateChangesWhileRunningAndDecays() {
        Model model = Model.create(ModelSpec.parse("input 2 | dense 1 linear | loss binaryCrossEntropy"), new Rng(1));
        TrainingRun run = new TrainingRun(model, new Sgd(0.1f), recipe(3, 4, 1).withDecay(1f), xor(),
                null);
        run.step();
        assertEquals(0.05f, run.optimizer().learningRate(), 1e-7f, "epoch 2: 0.1 / (1 + 1)");
        run.setLearningRate(0.3f);
        assertEquals(0.3f, run.optimizer().learningRate());
        assertThrows(IllegalArgumentException.class, () -> run.setLearningRate(-1f));
    }

    @Test
    void aRateTypedDuringADecayingRunRestartsTheScheduleFromIt() {
        Model model = Model.create(ModelSpec.parse("input 2 | dense 1 linear | loss binaryCrossEntropy"), new Rng(1));
        // 4 samples, batch 4: one batch per epoch
        TrainingRun run = new TrainingRun(model, new Sgd(0.1f), recipe(5, 4, 1).withDecay(1f), xor(), null);
        run.step();
        assertEquals(0.05f, run.optimizer().learningRate(), 1e-7f, "epoch 2 of the original schedule");
        run.setLearningRate(0.4f);
        run.step();
        assertEquals(0.2f, run.optimizer().learningRate(), 1e-7f,
                "epoch 3: the schedule restarted from 0.4 in epoch 2, so 0.4 / (1 + 1), not 0.1 / (1 + 2)");
        run.step();
        assertEquals(0.4f / 3f, run.optimizer().learningRate(), 1e-7f, "epoch 4: 0.4 / (1 + 2)");
    }

    @Test
    void mismatchesAndBadSettingsAreExplained() {
        Model model = Model.create(ModelSpec.parse("input 3 | dense 1 linear | loss binaryCrossEntropy"), new Rng(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TrainingRun(model, new Sgd(0.1f), recipe(1, 1, 1), xor(), null));
        assertTrue(e.getMessage().contains("expects 3 inputs") && e.getMessage().contains("has 2 features"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> recipe(1, 0, 1));
        assertTrue(e.getMessage().contains("batch size 0") && e.getMessage().contains("try 32"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> recipe(0, 1, 1));
        Model three = Model.create(ModelSpec.parse("input 2 | dense 3 linear | loss softmaxCrossEntropy"), new Rng(1));
        e = assertThrows(IllegalArgumentException.class,
                () -> new TrainingRun(three, new Sgd(0.1f), recipe(1, 1, 1), xor(), null));
        assertTrue(e.getMessage().contains("2 classes"), e.getMessage());
    }

    @Test
    void evaluationOfRegressionHasNoAccuracy() {
        Dataset data = Generators2D.plane(50, 0f, new Rng(1));
        Model model = Model.create(ModelSpec.parse("input 2 | dense 1 linear | loss mse"), new Rng(2));
        Evaluation ev = Evaluation.of(model, data, 16);
        assertTrue(Float.isNaN(ev.accuracy()));
        assertTrue(ev.loss() > 0f);
        assertNotNull(ev);
    }
}
