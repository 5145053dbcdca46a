package org.neurite.server.mnist;

import java.nio.file.Path;

/**
 * What the server knows about MNIST after provisioning: either the directory holding the four verified
 * files, or the message telling the person running the server what to do.
 */
public record MnistAvailability(Path dir, String problem) {

    public static MnistAvailability ready(Path dir) {
        return new MnistAvailability(dir, null);
    }

    public static MnistAvailability unavailable(String whatToDo) {
        return new MnistAvailability(null, whatToDo);
    }

    /** Provisions {@code dir} now; a failure is recorded, not thrown, so the server can still start. */
    public static MnistAvailability provision(Path dir, java.io.PrintStream progress) {
        try {
            return ready(MnistProvisioner.ensure(dir, progress));
        } catch (MnistUnavailableException e) {
            return unavailable(e.getMessage());
        }
    }

    public boolean isReady() {
        return dir != null;
    }
}
