package org.neurite.engine.data;

import org.neurite.engine.random.Rng;

/**
 * Samples with their labels (classification) or targets (regression).
 *
 * <p>Features are stored either as floats or, for images, as unsigned bytes that are scaled to [0, 1]
 * only when a batch is copied out: 60,000 MNIST images stay 47 MB instead of 188 MB of floats.
 */
public final class Dataset {
    private final String name;
    private final int size;
    private final int[] featureShape;
    private final int featureCount;
    private final float[] features;
    private final byte[] pixels;
    private final int pixelOffset;
    private final int[] labels;
    private final int classCount;
    private final float[] targets;
    private final int targetWidth;
    private final String[] featureNames;

    private Dataset(String name, int size, int[] featureShape, float[] features, byte[] pixels, int pixelOffset,
                    int[] labels, int classCount, float[] targets, int targetWidth, String[] featureNames) {
        this.name = name;
        this.size = size;
        this.featureShape = featureShape.clone();
        this.featureCount = product(featureShape);
        this.features = features;
        this.pixels = pixels;
        this.pixelOffset = pixelOffset;
        this.labels = labels;
        this.classCount = classCount;
        this.targets = targets;
        this.targetWidth = targetWidth;
        this.featureNames = featureNames;
    }

    /** A classification dataset: {@code features} holds {@code labels.length} rows of the feature shape. */
    public static Dataset classification(String name, float[] features, int[] featureShape, int[] labels,
                                         int classCount, String... featureNames) {
        int size = labels.length;
        requireLength("features", features.length, size * product(featureShape));
        requireLabels(labels, classCount);
        return new Dataset(name, size, featureShape, features, null, 0, labels, classCount, null, 0,
                names(featureNames, product(featureShape)));
    }

    /** A regression dataset with {@code targetWidth} real-valued targets per sample. */
    public static Dataset regression(String name, float[] features, int[] featureShape, float[] targets,
                                     int targetWidth, String... featureNames) {
        if (targetWidth <= 0) {
            throw new IllegalArgumentException("targetWidth must be positive, was " + targetWidth);
        }
        int size = targets.length / targetWidth;
        requireLength("targets", targets.length, size * targetWidth);
        requireLength("features", features.length, size * product(featureShape));
        return new Dataset(name, size, featureShape, features, null, 0, null, 0, targets, targetWidth,
                names(featureNames, product(featureShape)));
    }

    /**
     * A classification dataset of unsigned-byte images: sample {@code i} starts at
     * {@code pixelOffset + i * featureCount} of {@code pixels}; values are divided by 255 when read.
     */
    public static Dataset pixels(String name, byte[] pixels, int pixelOffset, int[] featureShape, int[] labels,
                                 int classCount) {
        int size = labels.length;
        if (pixels.length - pixelOffset < size * product(featureShape)) {
            throw new IllegalArgumentException(name + ": " + size + " images of " + product(featureShape)
                    + " pixels need " + size * product(featureShape) + " bytes but only "
                    + (pixels.length - pixelOffset) + " are present");
        }
        requireLabels(labels, classCount);
        return new Dataset(name, size, featureShape, null, pixels, pixelOffset, labels, classCount, null, 0,
                names(new String[0], product(featureShape)));
    }

    public String name() {
        return name;
    }

    public int size() {
        return size;
    }

    public int[] featureShape() {
        return featureShape.clone();
    }

    public int featureCount() {
        return featureCount;
    }

    public String featureName(int j) {
        return featureNames[j];
    }

    public boolean isClassification() {
        return labels != null;
    }

    /** Number of classes, or 0 for a regression dataset. */
    public int classCount() {
        return classCount;
    }

    /** Targets per sample for regression; 0 for classification. */
    public int targetWidth() {
        return targetWidth;
    }

    public int label(int sample) {
        return labels[sample];
    }

    public float target(int sample, int j) {
        return targets[sample * targetWidth + j];
    }

    public float feature(int sample, int j) {
        if (features != null) {
            return features[sample * featureCount + j];
        }
        return (pixels[pixelOffset + sample * featureCount + j] & 0xFF) * (1f / 255f);
    }

    /** Copies the features of samples {@code order[start..start+count)} into {@code dest}, row after row. */
    public void copyFeatures(int[] order, int start, int count, float[] dest) {
        int width = featureCount;
        if (features != null) {
            for (int r = 0; r < count; r++) {
                System.arraycopy(features, order[start + r] * width, dest, r * width, width);
            }
            return;
        }
        float scale = 1f / 255f;
        for (int r = 0; r < count; r++) {
            int src = pixelOffset + order[start + r] * width;
            int dst = r * width;
            for (int j = 0; j < width; j++) {
                dest[dst + j] = (pixels[src + j] & 0xFF) * scale;
            }
        }
    }

    /**
     * Writes the training targets of samples {@code order[start..start+count)} for a model output of
     * {@code outputWidth} values: one-hot rows when it equals the class count, the label itself (0 or 1)
     * for a single output, the regression targets otherwise.
     */
    public void copyTargets(int[] order, int start, int count, float[] dest, int outputWidth) {
        if (labels == null) {
            for (int r = 0; r < count; r++) {
                System.arraycopy(targets, order[start + r] * targetWidth, dest, r * targetWidth, targetWidth);
            }
            return;
        }
        if (outputWidth == 1) {
            for (int r = 0; r < count; r++) {
                dest[r] = labels[order[start + r]];
            }
            return;
        }
        for (int r = 0; r < count; r++) {
            int row = r * outputWidth;
            for (int j = 0; j < outputWidth; j++) {
                dest[row + j] = 0f;
            }
            dest[row + labels[order[start + r]]] = 1f;
        }
    }

    /**
     * The first {@code count} samples, sharing this dataset's storage (nothing is copied: the arrays are only
     * ever read). {@code count} at or above the size gives this dataset.
     */
    public Dataset first(int count) {
        if (count >= size) {
            return this;
        }
        if (count < 1) {
            throw new IllegalArgumentException("a dataset needs at least 1 sample, asked for " + count);
        }
        String label = name + " (first " + count + ")";
        return new Dataset(label, count, featureShape, features, pixels, pixelOffset, labels, classCount, targets,
                targetWidth, featureNames);
    }

    /** The samples at {@code indices}, copied into a new float dataset. */
    public Dataset subset(String subsetName, int[] indices) {
        float[] f = new float[indices.length * featureCount];
        copyFeatures(indices, 0, indices.length, f);
        if (labels != null) {
            int[] l = new int[indices.length];
            for (int i = 0; i < indices.length; i++) {
                l[i] = labels[indices[i]];
            }
            return new Dataset(subsetName, indices.length, featureShape, f, null, 0, l, classCount, null, 0,
                    featureNames);
        }
        float[] t = new float[indices.length * targetWidth];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(targets, indices[i] * targetWidth, t, i * targetWidth, targetWidth);
        }
        return new Dataset(subsetName, indices.length, featureShape, f, null, 0, null, 0, t, targetWidth,
                featureNames);
    }

    /** Shuffles the samples with {@code rng} and splits them: {@code trainShare} of them (0..1) go to train. */
    public Split split(float trainShare, Rng rng) {
        if (!(trainShare > 0f && trainShare < 1f)) {
            throw new IllegalArgumentException("train share must be between 0 and 1 (exclusive), was "
                    + trainShare);
        }
        int[] order = identityOrder(size);
        rng.shuffle(order);
        int trainCount = Math.max(1, Math.min(size - 1, Math.round(size * trainShare)));
        int[] train = new int[trainCount];
        int[] test = new int[size - trainCount];
        System.arraycopy(order, 0, train, 0, trainCount);
        System.arraycopy(order, trainCount, test, 0, test.length);
        return new Split(subset(name + " (train)", train), subset(name + " (test)", test));
    }

    /** A train set and a test set. */
    public static final class Split {
        public final Dataset train;
        public final Dataset test;

        public Split(Dataset train, Dataset test) {
            this.train = train;
            this.test = test;
        }
    }

    public static int[] identityOrder(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    static int product(int[] shape) {
        int p = 1;
        for (int d : shape) {
            if (d <= 0) {
                throw new IllegalArgumentException("every dimension of a feature shape must be positive");
            }
            p *= d;
        }
        return p;
    }

    private static void requireLength(String what, int actual, int expected) {
        if (actual != expected) {
            throw new IllegalArgumentException(what + " has " + actual + " values; expected " + expected);
        }
    }

    private static void requireLabels(int[] labels, int classCount) {
        if (classCount < 2) {
            throw new IllegalArgumentException("a classification dataset needs at least 2 classes, was "
                    + classCount);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classCount) {
                throw new IllegalArgumentException("label " + labels[i] + " of sample " + i
                        + " is outside 0.." + (classCount - 1));
            }
        }
    }

    private static String[] names(String[] given, int count) {
        String[] out = new String[count];
        for (int j = 0; j < count; j++) {
            out[j] = j < given.length ? given[j] : "x" + (j + 1);
        }
        return out;
    }
}
