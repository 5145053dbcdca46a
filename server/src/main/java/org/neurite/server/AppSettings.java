package org.neurite.server;

import java.nio.file.Path;
import org.neurite.server.jobs.TrainingLimits;
import org.neurite.server.mnist.MnistAvailability;

/**
 * What the app needs from the outside world, decided before it is built.
 *
 * @param dataDir  where the server keeps what users create (stored models)
 * @param mnist    the provisioned MNIST directory, or what to do because it could not be provisioned
 * @param training whether and how much the server trains
 * @param hosting  the path prefix, who may frame the pages, whose messages embeds accept
 */
public record AppSettings(Path dataDir, MnistAvailability mnist, TrainingLimits training, Hosting hosting) {

    /** Settings with the default hosting (at the root, framable by anyone). */
    public AppSettings(Path dataDir, MnistAvailability mnist, TrainingLimits training) {
        this(dataDir, mnist, training, Hosting.defaults());
    }

    /** Settings with the default training limits. */
    public AppSettings(Path dataDir, MnistAvailability mnist) {
        this(dataDir, mnist, TrainingLimits.defaults());
    }
}
