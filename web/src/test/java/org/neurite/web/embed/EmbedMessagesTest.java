package org.neurite.web.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.train.TrainingEvent;
import org.neurite.web.embed.EmbedMessages.Command;
import org.neurite.web.embed.EmbedMessages.Request;

class EmbedMessagesTest {

    @Test
    void everyEventNamesItsTypeVersionAndWidget() {
        assertEquals("{\"type\":\"neurite:ready\",\"version\":1,\"widget\":\"lesson-4/bce\"}",
                EmbedMessages.ready("lesson-4/bce"));
        assertEquals("{\"type\":\"neurite:resize\",\"version\":1,\"widget\":\"playground\",\"height\":612}",
                EmbedMessages.resize("playground", 612));
        assertEquals("{\"subject\":\"lti.frameResize\",\"height\":612,\"version\":1}",
                EmbedMessages.ltiFrameResize(612));
        assertEquals("{\"type\":\"neurite:exercise-passed\",\"version\":1,\"widget\":\"lesson-4/bce\","
                + "\"lesson\":\"4\",\"exercise\":\"bce\"}", EmbedMessages.exercisePassed("lesson-4/bce", "4", "bce"));
        assertEquals("{\"type\":\"neurite:trained\",\"version\":1,\"widget\":\"playground\",\"outcome\":\"target\","
                + "\"epochs\":40}", EmbedMessages.trained("playground", "target", 40));
    }

    @Test
    void anEpochCarriesTheEnginesEventAsTheWorkerAndServerSendIt() {
        TrainingEvent event = new TrainingEvent(TrainingEvent.Type.EPOCH, 3, -1, -1, 0.25f, 0.9f, 0.5f, 0.8f,
                Float.NaN, 0.03f, null);
        assertEquals("{\"type\":\"neurite:epoch\",\"version\":1,\"widget\":\"playground\",\"event\":"
                + event.toJson() + "}", EmbedMessages.epoch("playground", event));
    }

    @Test
    void requestsAreReadWithTheirState() {
        assertEquals(Command.RESET, EmbedMessages.read("{\"type\":\"neurite:reset\",\"version\":1}").command);
        assertEquals(Command.TRAIN, EmbedMessages.read("{\"type\":\"neurite:train\",\"version\":1}").command);
        assertEquals(Command.PAUSE, EmbedMessages.read("{\"type\":\"neurite:pause\",\"version\":1}").command);
        Request set = EmbedMessages.read("{\"type\":\"neurite:set-state\",\"version\":1,\"state\":\"dataset=xor\"}");
        assertEquals(Command.SET_STATE, set.command);
        assertEquals("#dataset=xor", set.state);
        assertEquals("#a=1", EmbedMessages.read(
                "{\"type\":\"neurite:set-state\",\"version\":1,\"state\":\"#a=1\"}").state);
    }

    @Test
    void otherToolsMessagesAreNotOurs() {
        assertNull(EmbedMessages.read("{\"subject\":\"lti.frameResize\",\"height\":3}"));
        assertNull(EmbedMessages.read("{\"type\":\"webpackOk\"}"));
        assertNull(EmbedMessages.read("{\"type\":\"neurite:reset\",\"nested\":{\"a\":1}}"));
        assertNull(EmbedMessages.read("not json"));
    }

    @Test
    void oursWithoutTheVersionOrWithAnUnknownTypeOrNoStateSayWhatToSend() {
        String noVersion = assertThrows(IllegalArgumentException.class,
                () -> EmbedMessages.read("{\"type\":\"neurite:reset\"}")).getMessage();
        assertTrue(noVersion.contains("version 1"), noVersion);
        String future = assertThrows(IllegalArgumentException.class,
                () -> EmbedMessages.read("{\"type\":\"neurite:reset\",\"version\":2}")).getMessage();
        assertTrue(future.contains("version 2"), future);
        String unknown = assertThrows(IllegalArgumentException.class,
                () -> EmbedMessages.read("{\"type\":\"neurite:explode\",\"version\":1}")).getMessage();
        assertTrue(unknown.contains("neurite:set-state"), unknown);
        String noState = assertThrows(IllegalArgumentException.class,
                () -> EmbedMessages.read("{\"type\":\"neurite:set-state\",\"version\":1}")).getMessage();
        assertTrue(noState.contains("'state'"), noState);
    }

    @Test
    void onlyAllowedOriginsMayCommand() {
        String[] none = {};
        String[] course = {"https://course.example.edu", " https://canvas.example.edu/ "};
        assertFalse(EmbedMessages.allowed("https://course.example.edu", none));
        assertTrue(EmbedMessages.allowed("https://course.example.edu", course));
        assertTrue(EmbedMessages.allowed("https://canvas.example.edu", course));
        assertFalse(EmbedMessages.allowed("https://course.example.edu.evil.test", course));
        assertFalse(EmbedMessages.allowed("http://course.example.edu", course));
        assertFalse(EmbedMessages.allowed("null", course));
        assertTrue(EmbedMessages.allowed("http://localhost:9000", new String[] {"*"}));
    }
}
