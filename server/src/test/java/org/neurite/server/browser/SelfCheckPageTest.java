package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurite.engine.check.Reproducibility;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.Param;
import org.neurite.engine.random.Rng;

/**
 * The engine compiled by TeaVM, run in headless Chromium by selfcheck.html, against the same engine on
 * this JVM. The Wasm GC build keeps Java's float semantics, so it must reproduce the JVM bit for bit.
 */
class SelfCheckPageTest {
    /** The checks selfcheck.html runs: rng, reproducibility, xor, model-file. */
    private static final int CHECK_COUNT = 4;

    /**
     * TeaVM's JavaScript build keeps float locals as JS doubles (it does not round each float operation to
     * single precision), so float sums differ from the JVM's in the last bits. In the Box-Muller Gaussian
     * that shows up as a few float ulps (measured: at most 1.2e-7); 1e-5 allows for it and still catches a
     * wrong formula, which is off by far more.
     */
    private static final float JS_GAUSSIAN_TOLERANCE = 1e-5f;

    /**
     * The same double-for-float rounding, accumulated over the 400 Adam steps of the reproducibility run:
     * measured at most 1.5e-5 on weights whose mean size is about 0.9. One Adam step moves a weight by up to
     * the learning rate (0.02), so any real difference in the computation (a wrong gradient, a skipped
     * update) moves weights by much more than 1e-3.
     */
    private static final double JS_WEIGHT_TOLERANCE = 1e-3;

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    private static final Map<String, SelfCheckResults> resultsByTarget = new HashMap<>();

    private static SelfCheckResults results(String target) {
        return resultsByTarget.computeIfAbsent(target, t -> SelfCheckResults.read(chromium.browser(),
                site.url("/selfcheck.html?target=" + t), "selfcheck-" + t));
    }

    @ParameterizedTest
    @ValueSource(strings = { "wasm", "js" })
    void everyEngineCheckPassesInTheBrowser(String target) {
        SelfCheckResults results = results(target);
        assertEquals(target, results.engineTarget(), "the loader started another build than ?target asked");
        assertEquals(0, results.failed(), "failed checks:" + results.failures());
        assertEquals(CHECK_COUNT, results.passed(), "checks that ran: " + results.statusById().keySet());
        assertEquals(List.of(), results.consoleErrors(), "the page logged errors");
    }

    @ParameterizedTest
    @ValueSource(strings = { "wasm", "js" })
    void randomNumbersAreTheJvmsExactly(String target) {
        SelfCheckResults results = results(target);
        Rng jvm = new Rng(42);
        List<String> ints = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ints.add(Integer.toString(jvm.nextInt()));
        }
        List<String> floatBits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            floatBits.add(hexBits(jvm.nextFloat()));
        }
        float[] gaussians = new float[4];
        for (int i = 0; i < gaussians.length; i++) {
            gaussians[i] = jvm.nextGaussian();
        }
        assertEquals(String.join(" ", ints), results.value("rng", "ints"));
        assertEquals(String.join(" ", floatBits), results.value("rng", "float-bits"));
        float[] browserGaussians = floatsFromHexBits(results.value("rng", "gaussian-bits"));
        if ("wasm".equals(target)) {
            assertArrayEquals(gaussians, browserGaussians, 0f, "Wasm GC must give the JVM's Gaussians exactly");
        } else {
            assertArrayEquals(gaussians, browserGaussians, JS_GAUSSIAN_TOLERANCE);
        }
    }

    @Test
    void wasmTrainsTheSameWeightsAsTheJvmBitForBit() {
        SelfCheckResults results = results("wasm");
        Model jvm = Reproducibility.train();
        assertEquals(Reproducibility.run(), results.value("reproducibility", "digest"),
                "same seed, same weights: the Wasm GC digest must equal the JVM's");
        float[] browser = floatsFromHexBits(results.value("reproducibility", "weights"));
        float[] expected = weights(jvm);
        assertEquals(expected.length, browser.length, "number of weights");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Float.floatToIntBits(expected[i]), Float.floatToIntBits(browser[i]),
                    "bits of weight " + i + ": JVM " + expected[i] + ", browser " + browser[i]);
        }
    }

    @Test
    void javaScriptTrainsTheJvmsWeightsWithinTolerance() {
        SelfCheckResults results = results("js");
        float[] expected = weights(Reproducibility.train());
        float[] browser = floatsFromHexBits(results.value("reproducibility", "weights"));
        assertEquals(expected.length, browser.length, "number of weights");
        double meanAbs = 0;
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], browser[i], JS_WEIGHT_TOLERANCE, "weight " + i);
            meanAbs += Math.abs(browser[i]) / browser.length;
        }
        assertTrue(meanAbs > 100 * JS_WEIGHT_TOLERANCE,
                "weights this small (mean |w| " + meanAbs + ") would make the tolerance meaningless");
    }

    private static float[] weights(Model model) {
        List<Float> all = new ArrayList<>();
        for (Param param : model.params()) {
            for (int i = 0; i < param.size(); i++) {
                all.add(param.value()[i]);
            }
        }
        float[] out = new float[all.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = all.get(i);
        }
        return out;
    }

    private static String hexBits(float value) {
        return String.format("%08x", Float.floatToIntBits(value));
    }

    private static float[] floatsFromHexBits(String text) {
        String[] words = text.trim().split(" ");
        float[] out = new float[words.length];
        for (int i = 0; i < words.length; i++) {
            out[i] = Float.intBitsToFloat(Integer.parseUnsignedInt(words[i], 16));
        }
        return out;
    }
}
