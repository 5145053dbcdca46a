package org.neurite.web.worker;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.typedarrays.Int32Array;

/**
 * A dataset on its way to the worker: the {@code dataset} field of a {@code start} or {@code benchmark}
 * message plus the buffers it moves. Sending it transfers the buffers: the page's ArrayBuffers are empty
 * afterwards (no 47 MB copy), so fetch again if the page needs the bytes too.
 */
public final class WorkerDataset {
    private final JSObject fields;
    private final JSObject transfer;

    private WorkerDataset(JSObject fields, JSObject transfer) {
        this.fields = fields;
        this.transfer = transfer;
    }

    /** MNIST as the four IDX files' bytes, as fetched from {@code /data/mnist/<file name>}. */
    public static WorkerDataset mnist(ArrayBuffer trainImages, ArrayBuffer trainLabels, ArrayBuffer testImages,
                                      ArrayBuffer testLabels) {
        JSObject fields = Js.newObject();
        Js.putString(fields, "kind", "mnist");
        Js.putObject(fields, "trainImages", trainImages);
        Js.putObject(fields, "trainLabels", trainLabels);
        Js.putObject(fields, "testImages", testImages);
        Js.putObject(fields, "testLabels", testLabels);
        return new WorkerDataset(fields, list(trainImages, trainLabels, testImages, testLabels));
    }

    /**
     * A small classification dataset: {@code labels.length} rows of {@code featureCount} features, labels
     * 0..classCount-1; the test arrays may be null.
     */
    public static WorkerDataset floats(float[] features, int featureCount, int[] labels, int classCount,
                                       float[] testFeatures, int[] testLabels) {
        JSObject fields = Js.newObject();
        Js.putString(fields, "kind", "floats");
        Js.putNumber(fields, "featureCount", featureCount);
        Js.putNumber(fields, "classCount", classCount);
        Float32Array x = Float32Array.copyFromJavaArray(features);
        Int32Array y = Int32Array.copyFromJavaArray(labels);
        Js.putObject(fields, "features", x);
        Js.putObject(fields, "labels", y);
        if (testFeatures == null) {
            return new WorkerDataset(fields, list(x.getBuffer(), y.getBuffer()));
        }
        Float32Array tx = Float32Array.copyFromJavaArray(testFeatures);
        Int32Array ty = Int32Array.copyFromJavaArray(testLabels);
        Js.putObject(fields, "testFeatures", tx);
        Js.putObject(fields, "testLabels", ty);
        return new WorkerDataset(fields, list(x.getBuffer(), y.getBuffer(), tx.getBuffer(), ty.getBuffer()));
    }

    JSObject fields() {
        return fields;
    }

    /** The JS array of buffers to transfer with the message. */
    JSObject transfer() {
        return transfer;
    }

    @JSBody(params = { "a", "b" }, script = "return [a, b];")
    private static native JSObject list(JSObject a, JSObject b);

    @JSBody(params = { "a", "b", "c", "d" }, script = "return [a, b, c, d];")
    private static native JSObject list(JSObject a, JSObject b, JSObject c, JSObject d);
}
