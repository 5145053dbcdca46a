package org.neurite.web.studio;

import org.neurite.engine.data.Dataset;
import org.neurite.engine.data.IdxFormatException;
import org.neurite.engine.data.IdxReader;
import org.neurite.web.worker.MnistFetch;
import org.teavm.jso.JSBody;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * The downloaded MNIST files, checked by the engine's IDX reader. The page keeps the test set (its digits fill
 * the galleries) as bytes; the 47 MB of training images are only checked from their header and length here and
 * go to the training worker without being copied into the page's memory.
 */
final class MnistData {
    private final ArrayBuffer trainImages;
    private final ArrayBuffer trainLabels;
    private final ArrayBuffer testImages;
    private final ArrayBuffer testLabels;
    private final int trainSize;
    private final Dataset test;
    private final int[] testLabelValues;

    private MnistData(ArrayBuffer trainImages, ArrayBuffer trainLabels, ArrayBuffer testImages,
                      ArrayBuffer testLabels, int trainSize, Dataset test, int[] testLabelValues) {
        this.trainImages = trainImages;
        this.trainLabels = trainLabels;
        this.testImages = testImages;
        this.testLabels = testLabels;
        this.trainSize = trainSize;
        this.test = test;
        this.testLabelValues = testLabelValues;
    }

    /**
     * Checks the four files ({@code testImageBytes}: the test images, already copied into Java); throws the
     * engine's {@link IdxFormatException}, which names the file and the fault.
     */
    static MnistData read(ArrayBuffer trainImages, ArrayBuffer trainLabels, ArrayBuffer testImages,
                          byte[] testImageBytes, ArrayBuffer testLabels) {
        int trainCount = IdxReader.checkImages(MnistFetch.TRAIN_IMAGES, head(trainImages, 16),
                trainImages.getByteLength());
        int labelCount = IdxReader.readLabels(MnistFetch.TRAIN_LABELS, bytes(trainLabels)).length;
        if (labelCount != trainCount) {
            throw new IdxFormatException(MnistFetch.TRAIN_LABELS, "has " + labelCount + " labels but "
                    + MnistFetch.TRAIN_IMAGES + " has " + trainCount + " images; they must come in pairs");
        }
        byte[] labels = bytes(testLabels);
        Dataset test = IdxReader.mnist("MNIST test", MnistFetch.TEST_IMAGES, testImageBytes,
                MnistFetch.TEST_LABELS, labels);
        int[] values = IdxReader.readLabels(MnistFetch.TEST_LABELS, labels);
        return new MnistData(trainImages, trainLabels, testImages, testLabels, trainCount, test, values);
    }

    int trainSize() {
        return trainSize;
    }

    /** The 10,000 test digits, pixels scaled to [0, 1] as read. */
    Dataset test() {
        return test;
    }

    int[] testLabels() {
        return testLabelValues;
    }

    /** The 784 pixels of test digit {@code index}, in [0, 1]. */
    float[] testDigit(int index) {
        float[] pixels = new float[test.featureCount()];
        test.copyFeatures(new int[] {index}, 0, 1, pixels);
        return pixels;
    }

    ArrayBuffer trainImages() {
        return trainImages;
    }

    ArrayBuffer trainLabels() {
        return trainLabels;
    }

    /**
     * A copy of the test images for the worker: the page's own bytes may share this buffer (the JavaScript build
     * reads typed arrays in place), and sending moves a buffer away from the page.
     */
    ArrayBuffer testImagesCopy() {
        return copy(testImages);
    }

    ArrayBuffer testLabelsCopy() {
        return copy(testLabels);
    }

    private static byte[] bytes(ArrayBuffer buffer) {
        return Int8Array.create(buffer).copyToJavaArray();
    }

    private static byte[] head(ArrayBuffer buffer, int length) {
        return Int8Array.create(buffer, 0, Math.min(length, buffer.getByteLength())).copyToJavaArray();
    }

    @JSBody(params = "buffer", script = "return buffer.slice(0);")
    private static native ArrayBuffer copy(ArrayBuffer buffer);
}
