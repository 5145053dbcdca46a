package org.neurite.web.worker;

import org.neurite.engine.data.Dataset;
import org.neurite.engine.data.IdxReader;
import org.teavm.jso.JSObject;

/**
 * The datasets the worker trains on, decoded from a message's {@code dataset} field:
 * <ul>
 *   <li>{@code {kind: "mnist", trainImages, trainLabels, testImages, testLabels}}: the four IDX files' bytes
 *       (ArrayBuffers, best transferred). The pixels stay bytes, scaled to [0, 1] batch by batch.</li>
 *   <li>{@code {kind: "floats", features: Float32Array, featureCount, labels: Int32Array, classCount,
 *       testFeatures?, testLabels?}}: a small classification dataset, row after row.</li>
 * </ul>
 */
final class WorkerData {
    private final Dataset train;
    private final Dataset test;

    private WorkerData(Dataset train, Dataset test) {
        this.train = train;
        this.test = test;
    }

    static WorkerData decode(JSObject dataset) {
        String kind = Js.string(dataset, "kind");
        if ("mnist".equals(kind)) {
            return mnist(dataset);
        }
        if ("floats".equals(kind)) {
            return floats(dataset);
        }
        throw new IllegalArgumentException("dataset kind '" + kind + "' is unknown: send {kind: 'mnist', trainImages,"
                + " trainLabels, testImages, testLabels} or {kind: 'floats', features, featureCount, labels, classCount}");
    }

    private static WorkerData mnist(JSObject dataset) {
        byte[] trainImages = TypedArrays.requireBytes(dataset, "trainImages");
        Dataset train = IdxReader.mnist("MNIST train", "train-images-idx3-ubyte", trainImages,
                "train-labels-idx1-ubyte", TypedArrays.requireBytes(dataset, "trainLabels"));
        Dataset test = IdxReader.mnist("MNIST test", "t10k-images-idx3-ubyte",
                TypedArrays.requireBytes(dataset, "testImages"), "t10k-labels-idx1-ubyte",
                TypedArrays.requireBytes(dataset, "testLabels"));
        return new WorkerData(train, test);
    }

    private static WorkerData floats(JSObject dataset) {
        int featureCount = Protocol.integer(dataset, "featureCount", 0);
        int classCount = Protocol.integer(dataset, "classCount", 0);
        if (featureCount < 1) {
            throw new IllegalArgumentException("a 'floats' dataset needs 'featureCount', the number of features "
                    + "per sample (at least 1)");
        }
        int[] shape = {featureCount};
        Dataset train = Dataset.classification("train", TypedArrays.requireFloats(dataset, "features"), shape,
                TypedArrays.requireInts(dataset, "labels"), classCount);
        Dataset test = Js.has(dataset, "testFeatures")
                ? Dataset.classification("test", TypedArrays.requireFloats(dataset, "testFeatures"), shape,
                        TypedArrays.requireInts(dataset, "testLabels"), classCount)
                : null;
        return new WorkerData(train, test);
    }

    /** The training set (a recipe's sample limit takes its first samples without copying them). */
    Dataset train() {
        return train;
    }

    /** The test set, or null when the dataset came without one. */
    Dataset test() {
        return test;
    }

    /** The {@code dataset} reply: how many samples arrived, so the page can show them. */
    JSObject describe() {
        JSObject message = Js.message(Protocol.DATASET);
        Js.putString(message, "name", train.name());
        Js.putNumber(message, "trainSize", train.size());
        Js.putNumber(message, "testSize", test == null ? 0 : test.size());
        return message;
    }
}
