package org.neurite.web.embed;

import java.util.Map;
import org.neurite.engine.train.Json;
import org.neurite.engine.train.JsonFields;
import org.neurite.engine.train.TrainingEvent;

/**
 * The messages an embedded page exchanges with the course page around it, version {@value #VERSION}
 * (docs/embedding.md). Every message is one flat JSON object with a {@code type} in the {@code neurite:}
 * namespace and the protocol {@code version}, so a course page that hosts other tools can tell ours apart.
 * DOM-free: the page's {@link EmbedChannel} only posts what this writes and hands over what arrives.
 */
public final class EmbedMessages {
    public static final int VERSION = 1;
    static final String PREFIX = "neurite:";

    /** What the course page may ask of an embed. */
    public enum Command {
        RESET("reset"), SET_STATE("set-state"), TRAIN("train"), PAUSE("pause");

        private final String id;

        Command(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** A message from the course page: the command, and for set-state the state (the URL's hash form). */
    public static final class Request {
        public final Command command;
        public final String state;

        Request(Command command, String state) {
            this.command = command;
            this.state = state;
        }
    }

    private EmbedMessages() {
    }

    /** The embed has started: which widget it is, so one course page can tell several embeds apart. */
    public static String ready(String widget) {
        return start("ready", widget).append('}').toString();
    }

    /** One epoch's metrics: the engine's event, as the worker and the server's stream carry it. */
    public static String epoch(String widget, TrainingEvent event) {
        return start("epoch", widget).append(",\"event\":").append(event.toJson()).append('}').toString();
    }

    /** A run ended: {@code outcome} is done, target, diverged or stopped; {@code epochs} it trained in all. */
    public static String trained(String widget, String outcome, int epochs) {
        StringBuilder sb = start("trained", widget).append(",\"outcome\":");
        Json.string(sb, outcome);
        return sb.append(",\"epochs\":").append(epochs).append('}').toString();
    }

    /** A lesson's exercise passed: the lesson's number and the exercise's widget id. */
    public static String exercisePassed(String widget, String lesson, String exercise) {
        StringBuilder sb = start("exercise-passed", widget).append(",\"lesson\":");
        Json.string(sb, lesson);
        sb.append(",\"exercise\":");
        Json.string(sb, exercise);
        return sb.append('}').toString();
    }

    /** The embed's content height in CSS pixels, so the course page can size the iframe to fit. */
    public static String resize(String widget, int height) {
        return start("resize", widget).append(",\"height\":").append(height).append('}').toString();
    }

    /** The same height in the form Canvas (and other LTI hosts) listens for. */
    public static String ltiFrameResize(int height) {
        return "{\"subject\":\"lti.frameResize\",\"height\":" + height + ",\"version\":" + VERSION + "}";
    }

    /** The answer to a request the embed could not carry out, saying why. */
    public static String error(String widget, String message) {
        StringBuilder sb = start("error", widget).append(",\"message\":");
        Json.string(sb, message);
        return sb.append('}').toString();
    }

    private static StringBuilder start(String type, String widget) {
        StringBuilder sb = new StringBuilder("{\"type\":\"").append(PREFIX).append(type).append('"')
                .append(",\"version\":").append(VERSION).append(",\"widget\":");
        Json.string(sb, widget);
        return sb;
    }

    /**
     * Reads a course page's message (its JSON text). Returns null for a message that is not ours at all (another
     * tool's messages share the channel and are none of our business).
     *
     * @throws IllegalArgumentException for one of ours we cannot carry out: its text says why and how to fix it
     */
    public static Request read(String json) {
        Map<String, String> fields;
        try {
            fields = JsonFields.parse(json);
        } catch (IllegalArgumentException notFlat) {
            return null;
        }
        String type = fields.get("type");
        if (type == null || !type.startsWith(PREFIX)) {
            return null;
        }
        String version = fields.get("version");
        if (!String.valueOf(VERSION).equals(version)) {
            throw new IllegalArgumentException("this embed speaks version " + VERSION + " of the message protocol; "
                    + "the message said " + (version == null ? "no version" : "version " + version)
                    + ": send {type: '" + type + "', version: " + VERSION + "}");
        }
        String name = type.substring(PREFIX.length());
        for (Command command : Command.values()) {
            if (command.id.equals(name)) {
                return new Request(command, command == Command.SET_STATE ? state(fields) : null);
            }
        }
        throw new IllegalArgumentException("'" + type + "' is not a request an embed understands; send "
                + PREFIX + "reset, " + PREFIX + "set-state, " + PREFIX + "train or " + PREFIX + "pause");
    }

    private static String state(Map<String, String> fields) {
        String state = fields.get("state");
        if (state == null) {
            throw new IllegalArgumentException("neurite:set-state needs a 'state': the part of a link after '#', "
                    + "e.g. {type: 'neurite:set-state', version: 1, state: 'dataset=xor&layers=4'}");
        }
        return state.startsWith("#") ? state : "#" + state;
    }

    /**
     * Whether a message from {@code origin} may command the embed: only origins the instructor allowed
     * ({@code --embed-origins}; "*" allows any). A page's own origin is not trusted by default: being
     * embedded by the same site is still being embedded.
     */
    public static boolean allowed(String origin, String[] allowedOrigins) {
        for (String allowed : allowedOrigins) {
            String trimmed = allowed.trim();
            if (trimmed.equals("*") || trimmed.equalsIgnoreCase(origin) || trimmed.equalsIgnoreCase(origin + "/")) {
                return true;
            }
        }
        return false;
    }
}
