package org.neurite.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.nn.ModelSpec;

/** The event schema read back from its JSON: what the server's stream and the worker carry is what was sent. */
class TrainingEventJsonTest {

    @Test
    void everyEventOfARealRunReadsBackFieldForField() {
        Recipe recipe = Recipe.of(ModelSpec.parse("input 2 | dense 4 tanh | dense 1 linear | loss binaryCrossEntropy"))
                .withOptimizer("adam", 0.05f).withBatchSize(2).withEpochs(3);
        TrainingRun run = recipe.newRun(TrainingRunTest.xor(), TrainingRunTest.xor());
        java.util.List<TrainingEvent> events = new java.util.ArrayList<>();
        run.addListener(events::add);
        while (run.step()) {
            // every batch
        }
        assertTrue(events.size() > 6, "batch, epoch and done events: " + events.size());
        for (TrainingEvent sent : events) {
            TrainingEvent read = TrainingEvent.fromJson(sent.toJson());
            assertSame(sent, read);
        }
    }

    @Test
    void absentFieldsStayAbsentAndMessagesKeepEveryCharacter() {
        String message = "Stopped \"by you\" \\ after\n3 batches\t\u00e9\u0001 – 100%";
        TrainingEvent sent = new TrainingEvent(TrainingEvent.Type.STOPPED, 1, 3, 12, 0.25f, Float.NaN, Float.NaN,
                Float.NaN, Float.NaN, 1e-4f, message);
        TrainingEvent read = TrainingEvent.fromJson(sent.toJson());
        assertSame(sent, read);
        assertEquals(message, read.message());
        assertTrue(Float.isNaN(read.accuracy()) && Float.isNaN(read.testLoss()), read.toJson());

        TrainingEvent bare = TrainingEvent.fromJson("{\"type\":\"done\"}");
        assertEquals(TrainingEvent.Type.DONE, bare.type());
        assertEquals(-1, bare.epoch());
        assertEquals(-1, bare.samplesSeen());
        assertTrue(Float.isNaN(bare.loss()));
        assertNull(bare.message());
    }

    @Test
    void readsWhatOtherWritersMayAddOrSpaceDifferently() {
        TrainingEvent read = TrainingEvent.fromJson(" { \"type\" : \"epoch\", \"epoch\": 2, \"loss\": 1.5E-1,"
                + " \"extra\": true, \"note\": null, \"message\": \"\\u00e9\\/\" } ");
        assertEquals(TrainingEvent.Type.EPOCH, read.type());
        assertEquals(2, read.epoch());
        assertEquals(0.15f, read.loss());
        assertEquals("\u00e9/", read.message());
    }

    @Test
    void refusesWhatIsNotAnEventAndSaysWhy() {
        assertMessage("'type' must be batch, epoch, done, stopped, diverged or error; it was 'finished'",
                "{\"type\":\"finished\"}");
        assertMessage("it was missing", "{\"epoch\":1}");
        assertMessage("'epoch' must be a whole number; it was '1.5'", "{\"type\":\"epoch\",\"epoch\":1.5}");
        assertMessage("'loss' must be a number; it was 'true'", "{\"type\":\"batch\",\"loss\":true}");
        assertMessage("only flat values", "{\"type\":\"batch\",\"loss\":[1]}");
        assertMessage("a string that never ends", "{\"type\":\"batch");
        assertMessage("expected '}'", "{\"type\":\"batch\"");
        assertMessage("text after the object", "{\"type\":\"batch\"} x");
        assertMessage("no JSON value", "{\"type\":\"batch\",\"loss\":nope}");
        assertMessage("no JSON text", null);
    }

    private static void assertMessage(String part, String json) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainingEvent.fromJson(json));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    private static void assertSame(TrainingEvent sent, TrainingEvent read) {
        assertEquals(sent.toJson(), read.toJson());
        assertEquals(sent.type(), read.type());
        assertEquals(sent.epoch(), read.epoch());
        assertEquals(sent.batch(), read.batch());
        assertEquals(sent.samplesSeen(), read.samplesSeen());
        assertEquals(sent.loss(), read.loss(), "bit for bit: " + sent.toJson());
        assertEquals(sent.accuracy(), read.accuracy());
        assertEquals(sent.testLoss(), read.testLoss());
        assertEquals(sent.testAccuracy(), read.testAccuracy());
        assertEquals(sent.samplesPerSecond(), read.samplesPerSecond());
        assertEquals(sent.learningRate(), read.learningRate());
        assertEquals(sent.message(), read.message());
    }
}
