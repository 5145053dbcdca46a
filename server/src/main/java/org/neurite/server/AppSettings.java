package org.neurite.server;

import java.nio.file.Path;
import org.neurite.server.jobs.TrainingLimits;
import org.neurite.server.mnist.MnistAvailability;
import org.neurite.server.models.ModelStore;

/**
 * What the app needs from the outside world, decided before it is built.
 *
 * @param dataDir  where the server keeps what users create (stored models)
 * @param mnist    the provisioned MNIST directory, or what to do because it could not be provisioned
 * @param training whether and how much the server trains
 * @param hosting  the path prefix, who may frame the pages, whose messages embeds accept
 * @param maxStoreBytes most bytes the stored models may take ({@code --max-store-bytes}; 0: no cap)
 */
public record AppSettings(Path dataDir, MnistAvailability mnist, TrainingLimits training, Hosting hosting,
                          long maxStoreBytes) {

    /** Settings with no cap on the model store. */
    public AppSettings(Path dataDir, MnistAvailability mnist, TrainingLimits training, Hosting hosting) {
        this(dataDir, mnist, training, hosting, ModelStore.NO_CAP);
    }

    /** Settings with the default hosting (at the root, framable by anyone). */
    public AppSettings(Path dataDir, MnistAvailability mnist, TrainingLimits training) {
        this(dataDir, mnist, training, Hosting.defaults());
    }

    /** Settings with the default training limits. */
    public AppSettings(Path dataDir, MnistAvailability mnist) {
        this(dataDir, mnist, TrainingLimits.defaults());
    }
}
