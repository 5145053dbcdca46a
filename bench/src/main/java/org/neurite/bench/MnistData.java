package org.neurite.bench;

import org.neurite.engine.data.Dataset;
import org.neurite.engine.data.IdxReader;
import org.neurite.server.mnist.MnistFiles;

/** The real MNIST files, provisioned the same way the server and the tests do it, parsed by the engine. */
record MnistData(Dataset train, Dataset test) {
    static MnistData load() {
        MnistFiles files = MnistFiles.provisionAndLoad(System.out);
        return new MnistData(IdxReader.mnist("mnist train", files.trainImages(), files.trainLabels()),
                IdxReader.mnist("mnist test", files.testImages(), files.testLabels()));
    }
}
