package org.neurite.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neurite.engine.nn.ModelSpec;

class RunHostTest {
    /** A clock the test moves by hand: every reading advances it 1 ms. */
    private static final class TickingClock implements RunHost.Clock {
        double t;

        @Override
        public double now() {
            return t++;
        }
    }

    private static final class Recorder implements RunHost.Listener {
        final List<TrainingEvent> events = new ArrayList<>();
        final List<RunState> states = new ArrayList<>();

        @Override
        public void onEvent(TrainingEvent event) {
            events.add(event);
        }

        @Override
        public void onState(RunState state) {
            states.add(state);
        }
    }

    private static RunHost host(int epochs) {
        Recipe recipe = Recipe.of(ModelSpec.parse("input 2 | dense 4 tanh | dense 1 linear | loss binaryCrossEntropy"))
                .withOptimizer("adam", 0.05f).withBatchSize(1).withEpochs(epochs);
        return new RunHost(recipe.newRun(TrainingRunTest.xor(), null), new TickingClock());
    }

    @Test
    void slicesPauseStepResumeAndStopInOneStateVocabulary() {
        RunHost host = host(100);
        Recorder r = new Recorder();
        host.addListener(r);
        assertTrue(host.trainFor(10), "a long run wants more time after a slice");
        int afterSlice = host.run().samplesSeen();
        assertTrue(afterSlice >= 1 && afterSlice < 400, "a 10 ms slice on a clock ticking 1 ms a reading: " + afterSlice);
        host.pause();
        assertEquals(RunState.PAUSED, host.state());
        assertFalse(host.trainFor(10), "paused: no training");
        assertEquals(afterSlice, host.run().samplesSeen());
        host.step();
        assertEquals(afterSlice + 1, host.run().samplesSeen(), "a step is exactly one batch");
        assertEquals(TrainingEvent.Type.BATCH, r.events.get(r.events.size() - 1).type(), "a step's batch always shows");
        host.resume();
        host.setLearningRate(0.01f);
        host.trainFor(5);
        assertEquals(0.01f, host.run().optimizer().learningRate());
        host.stop();
        assertEquals(RunState.STOPPED, host.state());
        assertEquals(List.of(RunState.RUNNING, RunState.PAUSED, RunState.RUNNING, RunState.STOPPED), r.states,
                "each change is reported once");
        assertEquals(TrainingEvent.Type.STOPPED, r.events.get(r.events.size() - 1).type());
    }

    @Test
    void aRunThatEndsReportsDoneAfterItsLastEvent() {
        RunHost host = host(3);
        Recorder r = new Recorder();
        host.addListener(r);
        while (host.trainFor(1000)) {
            // slices until the end
        }
        assertEquals(RunState.DONE, host.state());
        assertEquals(List.of(RunState.DONE), r.states);
        assertEquals(TrainingEvent.Type.DONE, r.events.get(r.events.size() - 1).type());
        long epochs = r.events.stream().filter(e -> e.type() == TrainingEvent.Type.EPOCH).count();
        assertEquals(3, epochs, "epoch events are never throttled");
    }
}
