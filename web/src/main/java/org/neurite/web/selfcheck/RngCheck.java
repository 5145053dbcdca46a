package org.neurite.web.selfcheck;

import org.neurite.engine.random.Rng;
import org.neurite.web.dom.Dom;

/**
 * The seeded generator gives the JVM's sequence: every initial weight and every shuffle depends on it.
 * The expected values were taken from {@code new Rng(42)} on the JVM; the browser test compares the
 * printed values with a live JVM run as well.
 *
 * <p>The Gaussian goes through float arithmetic that the JavaScript build carries out in double precision
 * (TeaVM keeps float locals as JS numbers), so there it agrees only to {@link #JS_GAUSSIAN_TOLERANCE};
 * the Wasm GC build must match bit for bit.
 */
final class RngCheck implements EngineCheck {
    static final int SEED = 42;
    private static final String EXPECTED_INTS =
            "-1457644372 544945897 479756282 -794829154 339756180 113173290 65323186 1112262688";
    private static final String EXPECTED_FLOAT_BITS = "3f6174b5 3ea66478 3e3bc620 3ef2ffb0";
    private static final int[] EXPECTED_GAUSSIAN_BITS = { 0x3e703045, 0xbdb99911, 0x3e591ab4, 0xbf2fb800 };
    static final float JS_GAUSSIAN_TOLERANCE = 1e-5f;

    @Override
    public String id() {
        return "rng";
    }

    @Override
    public String title() {
        return "Seeded random numbers match the JVM";
    }

    @Override
    public void run(CheckReport report) {
        Rng rng = new Rng(SEED);
        StringBuilder ints = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            append(ints, Integer.toString(rng.nextInt()));
        }
        StringBuilder floats = new StringBuilder();
        StringBuilder floatBits = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            float value = rng.nextFloat();
            append(floats, Float.toString(value));
            append(floatBits, bits(value));
        }
        float[] gaussianValues = new float[EXPECTED_GAUSSIAN_BITS.length];
        StringBuilder gaussians = new StringBuilder();
        StringBuilder gaussianBits = new StringBuilder();
        for (int i = 0; i < gaussianValues.length; i++) {
            gaussianValues[i] = rng.nextGaussian();
            append(gaussians, Float.toString(gaussianValues[i]));
            append(gaussianBits, bits(gaussianValues[i]));
        }
        report.value("ints", ints.toString());
        report.value("float-bits", floatBits.toString());
        report.value("gaussian-bits", gaussianBits.toString());
        report.note("Seed " + SEED + ": nextInt " + ints + "; nextFloat " + floats + "; nextGaussian "
                + gaussians + ".");
        report.expectEqual("nextInt", EXPECTED_INTS, ints.toString());
        report.expectEqual("nextFloat bits", EXPECTED_FLOAT_BITS, floatBits.toString());
        checkGaussians(report, gaussianValues);
    }

    private static void checkGaussians(CheckReport report, float[] actual) {
        boolean exact = "wasm".equals(Dom.engineTarget());
        for (int i = 0; i < actual.length; i++) {
            float expected = Float.intBitsToFloat(EXPECTED_GAUSSIAN_BITS[i]);
            boolean agrees = exact
                    ? Float.floatToIntBits(actual[i]) == EXPECTED_GAUSSIAN_BITS[i]
                    : Math.abs(actual[i] - expected) <= JS_GAUSSIAN_TOLERANCE;
            if (!agrees) {
                report.fail("nextGaussian #" + (i + 1) + ": expected " + expected + " (bits " + bits(expected)
                        + ") but this browser gave " + actual[i] + " (bits " + bits(actual[i]) + ")"
                        + (exact ? "." : ", more than " + JS_GAUSSIAN_TOLERANCE + " away."));
            }
        }
        if (!exact) {
            report.note("The JavaScript build computes float locals in double precision, so the Gaussians "
                    + "are compared within " + JS_GAUSSIAN_TOLERANCE + ".");
        }
    }

    /** The float's IEEE bits as 8 hex digits: the exact value, whatever the platform's printing does. */
    static String bits(float value) {
        String hex = Integer.toHexString(Float.floatToIntBits(value));
        return "00000000".substring(hex.length()) + hex;
    }

    private static void append(StringBuilder list, String item) {
        if (list.length() > 0) {
            list.append(' ');
        }
        list.append(item);
    }
}
