package org.neurite.server.jobs;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.data.IdxReader;
import org.neurite.server.http.ApiException;
import org.neurite.server.mnist.MnistAvailability;
import org.neurite.server.mnist.MnistFiles;

/**
 * MNIST as engine datasets, read from the server's provisioned files on first use and then shared by every
 * job. Training only reads a dataset (each run keeps its own shuffled order), so sharing is safe.
 */
final class MnistDatasets {
    private final MnistAvailability availability;
    private TrainingData loaded;

    MnistDatasets(MnistAvailability availability) {
        this.availability = availability;
    }

    synchronized TrainingData get() {
        if (loaded == null) {
            if (!availability.isReady()) {
                throw new ApiException(503, "MNIST is not available on this server", availability.problem());
            }
            MnistFiles files;
            try {
                files = MnistFiles.load(availability.dir());
            } catch (UncheckedIOException e) {
                throw new ApiException(503, "The MNIST files cannot be read: " + e.getMessage(),
                        "Restart the server; it fetches missing MNIST files when it starts.");
            }
            Dataset train = IdxReader.mnist("mnist train", files.trainImages(), files.trainLabels());
            Dataset test = IdxReader.mnist("mnist test", files.testImages(), files.testLabels());
            Map<String, Object> description = new LinkedHashMap<>();
            description.put("name", "mnist");
            description.put("train", train.size());
            description.put("test", test.size());
            loaded = new TrainingData(train, test, description);
        }
        return loaded;
    }
}
