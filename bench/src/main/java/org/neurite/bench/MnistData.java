package org.neurite.bench;

import java.nio.file.Path;
import java.util.Arrays;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.data.IdxReader;
import org.neurite.server.mnist.MnistFiles;

/** The real MNIST files, provisioned the same way the server and the tests do it, parsed by the engine. */
record MnistData(Dataset train, Dataset test, byte[] trainImages, int[] trainLabels) {
    static MnistData load(Path dir) {
        MnistFiles files = MnistFiles.load(dir);
        return new MnistData(IdxReader.mnist("mnist train", files.trainImages(), files.trainLabels()),
                IdxReader.mnist("mnist test", files.testImages(), files.testLabels()), files.trainImages(),
                IdxReader.readLabels("train-labels-idx1-ubyte", files.trainLabels()));
    }

    /** The first {@code count} training samples, sharing the pixel bytes. */
    Dataset trainPrefix(int count) {
        int offset = IdxReader.readImages("train-images-idx3-ubyte", trainImages).pixelOffset();
        return Dataset.pixels("mnist train (first " + count + ")", trainImages, offset, new int[] {1, 28, 28},
                Arrays.copyOf(trainLabels, count), 10);
    }
}
