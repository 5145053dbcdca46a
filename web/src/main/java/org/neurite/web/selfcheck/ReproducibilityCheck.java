package org.neurite.web.selfcheck;

import org.neurite.engine.check.Reproducibility;
import org.neurite.engine.nn.Model;
import org.neurite.web.dom.Dom;

/**
 * Same seed, same weights: the engine's canonical reproducibility run, done twice here. The digest and the
 * weights are printed so the browser test can compare them with the JVM's run of the same code (bit for bit
 * on Wasm GC; within a tolerance on JavaScript, whose float locals are doubles).
 */
final class ReproducibilityCheck implements EngineCheck {
    @Override
    public String id() {
        return "reproducibility";
    }

    @Override
    public String title() {
        return "Same seed, same weights";
    }

    @Override
    public void run(CheckReport report) {
        Model first = Reproducibility.train();
        String digest = first.weightDigest();
        String again = Reproducibility.run();
        report.value("digest", digest);
        report.value("weights", WeightText.bits(first));
        report.note(Reproducibility.STEPS + " training steps of '" + Reproducibility.SPEC + "' ("
                + first.parameterCount() + " weights) give digest " + digest + ".");
        report.note("wasm".equals(Dom.engineTarget())
                ? "This build keeps Java's float arithmetic, so the server's JVM computes the same digest."
                : "This build computes float locals in double precision, so its weights differ from the "
                        + "server's in the last bits (the Wasm GC build matches them exactly).");
        report.expectEqual("the second run's digest", digest, again);
        if (!WeightText.allFinite(first)) {
            report.fail("Some weights are not finite numbers.");
        }
    }
}
