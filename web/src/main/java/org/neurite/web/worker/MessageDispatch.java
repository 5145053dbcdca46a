package org.neurite.web.worker;

import org.neurite.engine.train.TrainingEvent;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Float32Array;

/** Turns a message from the worker into the matching {@link WorkerListener} call. */
final class MessageDispatch {
    private MessageDispatch() {
    }

    static void deliver(String type, JSObject message, WorkerListener listener) {
        if (type == null) {
            return;
        }
        switch (type) {
            case Protocol.READY -> listener.onReady(Js.string(message, "target"));
            case Protocol.STATE -> listener.onState(new WorkerState(Js.string(message, "state"),
                    count(message, "samplesSeen"), count(message, "epoch"), count(message, "batch"),
                    (float) Js.number(message, "learningRate", Double.NaN)));
            case Protocol.DATASET -> listener.onDataset(Js.string(message, "name"), count(message, "trainSize"),
                    count(message, "testSize"));
            case Protocol.METRICS -> listener.onMetrics(event(Js.object(message, "event")));
            case Protocol.MODEL -> listener.onModel(new ModelBytes((ArrayBuffer) Js.object(message, "bytes"),
                    Js.string(message, "spec"), count(message, "parameterCount")));
            case Protocol.PREDICTION -> listener.onPrediction(count(message, "id"),
                    ((Float32Array) Js.object(message, "probabilities")).copyToJavaArray());
            case Protocol.EVALUATION -> listener.onEvaluation((float) Js.number(message, "loss", Double.NaN),
                    (float) Js.number(message, "accuracy", Double.NaN), count(message, "count"));
            case Protocol.BENCHMARK_RESULT -> listener.onBenchmark(new BenchmarkResult(Js.string(message, "name"),
                    Js.string(message, "target"), count(message, "workers"), count(message, "samples"),
                    Js.number(message, "trainSeconds", Double.NaN),
                    Js.number(message, "samplesPerSecond", Double.NaN),
                    Js.number(message, "testAccuracy", Double.NaN)));
            case Protocol.TEST_PREDICTIONS -> listener.onTestPredictions(count(message, "epoch"),
                    ((Float32Array) Js.object(message, "probabilities")).copyToJavaArray(), count(message, "outputs"));
            case Protocol.ERROR -> listener.onError(Js.string(message, "command"), Js.string(message, "message"));
            default -> {
                // a newer worker may send more; this page ignores what it does not know
            }
        }
    }

    /** The engine's event back from its JSON object: absent numbers are NaN, absent counts -1, as in the engine. */
    static TrainingEvent event(JSObject json) {
        return new TrainingEvent(type(Js.string(json, "type")), count(json, "epoch"), count(json, "batch"),
                count(json, "samplesSeen"), number(json, "loss"), number(json, "accuracy"), number(json, "testLoss"),
                number(json, "testAccuracy"), number(json, "samplesPerSecond"), number(json, "learningRate"),
                Js.string(json, "message"));
    }

    private static TrainingEvent.Type type(String id) {
        for (TrainingEvent.Type type : TrainingEvent.Type.values()) {
            if (type.id().equals(id)) {
                return type;
            }
        }
        return TrainingEvent.Type.ERROR;
    }

    private static int count(JSObject object, String name) {
        return (int) Js.number(object, name, -1);
    }

    private static float number(JSObject object, String name) {
        return (float) Js.number(object, name, Double.NaN);
    }
}
