package org.neurite.server.jobs;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.data.IdxReader;
import org.neurite.server.http.ApiException;
import org.neurite.server.mnist.MnistAvailability;
import org.neurite.server.mnist.MnistDataRoute;
import org.neurite.server.mnist.MnistFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MNIST as engine datasets, read from the server's provisioned files on first use and then shared by every
 * job. Training only reads a dataset (each run keeps its own shuffled order), so sharing is safe.
 */
final class MnistDatasets {
    private static final Logger LOG = LoggerFactory.getLogger(MnistDatasets.class);
    private final MnistAvailability availability;
    private TrainingData loaded;

    MnistDatasets(MnistAvailability availability) {
        this.availability = availability;
    }

    synchronized TrainingData get() {
        if (loaded == null) {
            if (!availability.isReady()) {
                LOG.warn("A job asked for MNIST, which is not available: {}", availability.problem());
                throw new ApiException(503, "MNIST is not available on this server", MnistDataRoute.UNAVAILABLE_HINT);
            }
            MnistFiles files;
            try {
                files = MnistFiles.load(availability.dir());
            } catch (UncheckedIOException e) {
                LOG.error("The MNIST files cannot be read", e);
                throw new ApiException(503, "The MNIST files cannot be read (the server's log says why)",
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
