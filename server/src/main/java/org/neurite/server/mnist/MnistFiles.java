package org.neurite.server.mnist;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The four MNIST IDX files loaded as raw bytes, for JVM tests and benchmarks. Parsing them is the engine's
 * job ({@code IdxReader}); this class only finds and reads the files.
 */
public final class MnistFiles {

    private final byte[] trainImages;
    private final byte[] trainLabels;
    private final byte[] testImages;
    private final byte[] testLabels;

    private MnistFiles(byte[] trainImages, byte[] trainLabels, byte[] testImages, byte[] testLabels) {
        this.trainImages = trainImages;
        this.trainLabels = trainLabels;
        this.testImages = testImages;
        this.testLabels = testLabels;
    }

    /** Provisions the default cache directory (fetching on first use, progress to {@code progress}) and loads it. */
    public static MnistFiles provisionAndLoad(PrintStream progress) {
        return load(MnistProvisioner.ensure(MnistProvisioner.defaultDir(), progress));
    }

    /** Reads the four files from a directory that already holds them (see {@link MnistProvisioner#ensure}). */
    public static MnistFiles load(Path dir) {
        return new MnistFiles(read(dir, MnistFile.TRAIN_IMAGES), read(dir, MnistFile.TRAIN_LABELS),
                read(dir, MnistFile.TEST_IMAGES), read(dir, MnistFile.TEST_LABELS));
    }

    private static byte[] read(Path dir, MnistFile file) {
        try {
            return Files.readAllBytes(dir.resolve(file.name()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read MNIST file " + file.name() + " from " + dir
                    + " (provision it first with MnistProvisioner.ensure): " + e.getMessage(), e);
        }
    }

    /** 60,000 training images, IDX3 (magic 2051), 28x28 unsigned bytes each. */
    public byte[] trainImages() {
        return trainImages;
    }

    /** 60,000 training labels, IDX1 (magic 2049), one byte 0-9 each. */
    public byte[] trainLabels() {
        return trainLabels;
    }

    /** 10,000 test images, IDX3. */
    public byte[] testImages() {
        return testImages;
    }

    /** 10,000 test labels, IDX1. */
    public byte[] testLabels() {
        return testLabels;
    }
}
