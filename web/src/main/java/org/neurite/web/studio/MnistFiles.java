package org.neurite.web.studio;

/** The four MNIST files the Studio downloads: their names on the server and their fixed, uncompressed sizes. */
final class MnistFiles {
    static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
    static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
    static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    static final String TEST_LABELS = "t10k-labels-idx1-ubyte";
    static final String[] NAMES = {TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS};

    /** 60,000 and 10,000 images of 28 x 28 bytes plus a 16-byte header; labels: one byte each plus 8. */
    static final double TOTAL_BYTES = 47_040_016.0 + 60_008 + 7_840_016 + 10_008;

    /** Where the page downloads them: the server's route, unless {@code ?data=<base URL>} names another place. */
    static final String DEFAULT_BASE = "/data/mnist/";

    private MnistFiles() {
    }
}
