package org.neurite.engine.random;

/**
 * The one seeded random generator of the engine: xoshiro128** (Blackman and Vigna, 2018).
 *
 * <p>Only 32-bit int arithmetic, so the browser build (where {@code long} is emulated) is fast and
 * produces exactly the same sequence as the JVM for the same seed.
 */
public final class Rng {
    private int s0;
    private int s1;
    private int s2;
    private int s3;
    private boolean hasSpareGaussian;
    private float spareGaussian;

    public Rng(int seed) {
        // SplitMix32-style expansion so that nearby seeds give unrelated states.
        int z = seed;
        s0 = mix(z += 0x9E3779B9);
        s1 = mix(z += 0x9E3779B9);
        s2 = mix(z += 0x9E3779B9);
        s3 = mix(z + 0x9E3779B9);
        if ((s0 | s1 | s2 | s3) == 0) {
            s0 = 1;
        }
    }

    private static int mix(int z) {
        z = (z ^ (z >>> 16)) * 0x85EBCA6B;
        z = (z ^ (z >>> 13)) * 0xC2B2AE35;
        return z ^ (z >>> 16);
    }

    /** The next 32 random bits. */
    public int nextInt() {
        int result = Integer.rotateLeft(s1 * 5, 7) * 9;
        int t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Integer.rotateLeft(s3, 11);
        return result;
    }

    /** A uniform int in [0, bound). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, was " + bound);
        }
        return (nextInt() >>> 1) % bound;
    }

    /** A uniform float in [0, 1) with 24 random bits. */
    public float nextFloat() {
        return (nextInt() >>> 8) * 0x1.0p-24f;
    }

    /** A uniform float in [low, high). */
    public float uniform(float low, float high) {
        return low + (high - low) * nextFloat();
    }

    /** A standard normal sample (Box-Muller; computed in double and rounded, so platforms agree). */
    public float nextGaussian() {
        if (hasSpareGaussian) {
            hasSpareGaussian = false;
            return spareGaussian;
        }
        double u1 = nextFloat() + 0x1.0p-25; // in double: exact on every platform
        double u2 = nextFloat();
        double radius = Math.sqrt(-2.0 * Math.log(u1));
        double angle = 2.0 * Math.PI * u2;
        spareGaussian = (float) (radius * Math.sin(angle));
        hasSpareGaussian = true;
        return (float) (radius * Math.cos(angle));
    }

    /** Shuffles {@code values} in place (Fisher-Yates). */
    public void shuffle(int[] values) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int tmp = values[i];
            values[i] = values[j];
            values[j] = tmp;
        }
    }
}
