package org.neurite.web.playground.data;

/**
 * The one seed of a link, spread over the streams that need randomness. Each stream gets its own seed, so
 * that, say, a different split never changes the generated points; the engine's {@code Rng} mixes its seed,
 * so these nearby-looking values give unrelated sequences.
 */
public final class Seeds {
    private Seeds() {
    }

    /** Generating the points. */
    public static int data(int seed) {
        return seed;
    }

    /** Splitting them into train and test. */
    public static int split(int seed) {
        return seed ^ 0x2545F491;
    }

    /** The network's initial weights. */
    public static int weights(int seed) {
        return seed ^ 0x6A09E667;
    }

    /** Shuffling the training points each epoch. */
    public static int training(int seed) {
        return seed ^ 0x3C6EF372;
    }
}
