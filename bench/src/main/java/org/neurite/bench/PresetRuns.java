package org.neurite.bench;

import java.time.Duration;
import java.util.regex.Pattern;
import org.neurite.engine.train.NamedRecipe;
import org.neurite.engine.train.Recipe;
import org.neurite.engine.train.TrainingEvent;
import org.neurite.engine.train.TrainingRun;

/**
 * Trains the Studio's presets to the end on this JVM, exactly as the Studio's worker runs them (same spec,
 * optimizer, batch, epochs, decay and seed), on all 60,000 training digits, and prints the test accuracy after
 * every epoch and the wall time; then the same preset in the Studio page in headless Chromium (Wasm GC build),
 * started with the page's own Train button. {@code bench/run --presets [--only 'cnn']}.
 */
final class PresetRuns {
    private static final int SEED = 1;

    private PresetRuns() {
    }

    private static final Duration BROWSER_TIMEOUT = Duration.ofMinutes(90);

    static void print(MnistData data, Pattern only) {
        BrowserBench browser = null;
        try {
            for (NamedRecipe preset : NamedRecipe.values()) {
                if (!preset.isPreset()) {
                    continue;
                }
                if (only.matcher(preset.id() + " jvm").find()) {
                    run(preset, data);
                }
                if (only.matcher(preset.id() + " chromium").find()) {
                    if (browser == null) {
                        browser = BrowserBench.start();
                        System.out.println("browser: " + browser.version());
                    }
                    System.out.printf("PRESET %s chromium %s%n", preset.id(),
                            browser.studioPreset(preset.id(), BROWSER_TIMEOUT));
                }
            }
        } catch (java.io.IOException e) {
            System.out.println("CHROMIUM MISSING: " + e.getMessage());
        } finally {
            if (browser != null) {
                browser.close();
            }
        }
    }

    private static void run(NamedRecipe preset, MnistData data) {
        Recipe recipe = preset.recipe().withSeed(SEED);
        TrainingRun run = recipe.newRun(data.train(), data.test());
        long start = System.nanoTime();
        run.addListener(e -> {
            if (e.type() == TrainingEvent.Type.EPOCH) {
                System.out.printf("  %s epoch %d: test accuracy %.2f%%, %.0f samples/s, %.0f s so far%n",
                        preset.id(), e.epoch(), 100 * e.testAccuracy(), e.samplesPerSecond(),
                        (System.nanoTime() - start) / 1e9);
            }
        });
        System.out.printf("%n%s preset on this JVM (1 thread): %d epochs, batch %d, %s%n", preset.title(),
                recipe.epochs(), recipe.batchSize(), recipe.optimizer());
        while (run.step()) {
            // every epoch to the end
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("PRESET %s jvm %.2f%% in %.0f s (%s)%n", preset.id(), 100 * run.lastTest().accuracy(),
                seconds, run.state());
    }
}
