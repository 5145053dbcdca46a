package org.neurite.engine.train;

import java.util.Map;

/**
 * One metrics event of a training run. The same schema travels unchanged through the browser worker, the
 * server's SSE stream and the plots: absent numbers are NaN (or -1 for counts) and left out of
 * {@link #toJson()}.
 */
public final class TrainingEvent {
    /** The kinds of event. */
    public enum Type {
        BATCH("batch"), EPOCH("epoch"), DONE("done"), STOPPED("stopped"), DIVERGED("diverged"), ERROR("error");

        private final String id;

        Type(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** The type called {@code id} ("batch", "epoch"...), or null. */
        public static Type find(String id) {
            for (Type t : values()) {
                if (t.id.equals(id)) {
                    return t;
                }
            }
            return null;
        }
    }

    private final Type type;
    private final int epoch;
    private final int batch;
    private final int samplesSeen;
    private final float loss;
    private final float accuracy;
    private final float testLoss;
    private final float testAccuracy;
    private final float samplesPerSecond;
    private final float learningRate;
    private final String message;

    public TrainingEvent(Type type, int epoch, int batch, int samplesSeen, float loss, float accuracy,
                         float testLoss, float testAccuracy, float samplesPerSecond, float learningRate,
                         String message) {
        this.type = type;
        this.epoch = epoch;
        this.batch = batch;
        this.samplesSeen = samplesSeen;
        this.loss = loss;
        this.accuracy = accuracy;
        this.testLoss = testLoss;
        this.testAccuracy = testAccuracy;
        this.samplesPerSecond = samplesPerSecond;
        this.learningRate = learningRate;
        this.message = message;
    }

    public Type type() {
        return type;
    }

    /** Epoch, counted from 1. */
    public int epoch() {
        return epoch;
    }

    /** Batch within the epoch, counted from 1. */
    public int batch() {
        return batch;
    }

    public int samplesSeen() {
        return samplesSeen;
    }

    public float loss() {
        return loss;
    }

    /** Training accuracy in [0, 1]; NaN for regression. */
    public float accuracy() {
        return accuracy;
    }

    public float testLoss() {
        return testLoss;
    }

    public float testAccuracy() {
        return testAccuracy;
    }

    public float samplesPerSecond() {
        return samplesPerSecond;
    }

    public float learningRate() {
        return learningRate;
    }

    /** Human-readable text for done, stopped, diverged and error events; null otherwise. */
    public String message() {
        return message;
    }

    /** The event as one JSON object, absent fields left out. */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{\"type\":\"").append(type.id()).append('"');
        count(sb, "epoch", epoch);
        count(sb, "batch", batch);
        count(sb, "samplesSeen", samplesSeen);
        number(sb, "loss", loss);
        number(sb, "accuracy", accuracy);
        number(sb, "testLoss", testLoss);
        number(sb, "testAccuracy", testAccuracy);
        number(sb, "samplesPerSecond", samplesPerSecond);
        number(sb, "learningRate", learningRate);
        if (message != null) {
            sb.append(",\"message\":");
            Json.string(sb, message);
        }
        return sb.append('}').toString();
    }

    /**
     * The event of a JSON text written by {@link #toJson()} (a worker message, one {@code data:} line of the
     * server's event stream): absent numbers read as NaN, absent counts as -1, unknown fields are ignored.
     *
     * @throws IllegalArgumentException when the text is not such an object, or its type is not one of the six
     */
    public static TrainingEvent fromJson(String json) {
        Map<String, String> f = JsonFields.parse(json);
        Type type = Type.find(f.get("type"));
        if (type == null) {
            throw new IllegalArgumentException("a training event's 'type' must be batch, epoch, done, stopped, "
                    + "diverged or error; it was " + (f.containsKey("type") ? "'" + f.get("type") + "'" : "missing"));
        }
        return new TrainingEvent(type, count(f, "epoch"), count(f, "batch"), count(f, "samplesSeen"),
                number(f, "loss"), number(f, "accuracy"), number(f, "testLoss"), number(f, "testAccuracy"),
                number(f, "samplesPerSecond"), number(f, "learningRate"), f.get("message"));
    }

    private static int count(Map<String, String> fields, String name) {
        String text = fields.get(name);
        if (text == null) {
            return -1;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a training event's '" + name + "' must be a whole number; it was '"
                    + text + "'");
        }
    }

    private static float number(Map<String, String> fields, String name) {
        String text = fields.get(name);
        if (text == null) {
            return Float.NaN;
        }
        try {
            return Float.parseFloat(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a training event's '" + name + "' must be a number; it was '"
                    + text + "'");
        }
    }

    private static void count(StringBuilder sb, String name, int value) {
        if (value >= 0) {
            sb.append(",\"").append(name).append("\":").append(value);
        }
    }

    private static void number(StringBuilder sb, String name, float value) {
        if (!Float.isNaN(value) && !Float.isInfinite(value)) {
            sb.append(",\"").append(name).append("\":").append(value);
        }
    }

    @Override
    public String toString() {
        return toJson();
    }
}
