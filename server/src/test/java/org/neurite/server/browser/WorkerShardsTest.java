package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.data.Generators2D;
import org.neurite.engine.model.ModelFile;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.random.Rng;
import org.neurite.engine.train.Recipe;
import org.neurite.engine.train.RunState;
import org.neurite.engine.train.Shards;
import org.neurite.engine.train.TrainingRun;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Training on several workers in Chromium's Wasm GC build, spoken to in the worker protocol itself: the training
 * worker and its helper workers must give, for 2 and 3 workers, the weights of the engine's fixed-order shard
 * reference on this JVM, bit for bit, on every run; one worker stays the single-model path. The net has dropout,
 * so every shard's own masks are checked too, and 1, 2 and 3 workers give three different results.
 */
class WorkerShardsTest {
    private static final String SPEC = "input 2 | dense 16 relu | dropout 0.1 | dense 2 linear | loss softmaxCrossEntropy";
    private static final Recipe RECIPE = Recipe.of(ModelSpec.parse(SPEC)).withOptimizer("adam", 0.01f)
            .withBatchSize(31).withEpochs(3).withSeed(7);

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    private static Dataset data() {
        return Generators2D.byName("spiral", 300, 0.1f, new Rng(3));
    }

    @Test
    void severalWorkersGiveTheFixedOrderReferenceBitForBit() {
        Browser browser = chromium.browser();
        browser.open(site.url("/"));
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        List<String> seen = new ArrayList<>();
        for (int workers = 1; workers <= 3; workers++) {
            String reference = onThisJvm(workers);
            String first = inChromium(browser, workers);
            assertEquals(reference, first, workers + " worker(s) in Chromium against this JVM's " + workers
                    + " shard(s) in turn");
            assertEquals(first, inChromium(browser, workers), workers + " worker(s), run to run");
            seen.add(first);
        }
        assertNotEquals(seen.get(0), seen.get(1), "2 workers really trained in 2 shards");
        assertNotEquals(seen.get(1), seen.get(2), "3 workers really trained in 3 shards");
        assertEquals(List.of(), browser.consoleErrors(), "the page logged errors");
    }

    @Test
    void aWorkerCountOutOfRangeIsRefusedWithTheRange() {
        Browser browser = chromium.browser();
        browser.open(site.url("/"));
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        Map<String, Object> answer = run(browser, 9);
        assertTrue(String.valueOf(answer.get("error")).contains("between 1 and 8"), String.valueOf(answer));
    }

    private static String onThisJvm(int workers) {
        TrainingRun run = RECIPE.newRun(data(), null);
        run.shard(workers, Shards.IN_TURN);
        while (run.step()) {
            // to the end
        }
        assertEquals(RunState.DONE, run.state());
        return run.model().weightDigest();
    }

    private static String inChromium(Browser browser, int workers) {
        Map<String, Object> answer = run(browser, workers);
        if (answer.containsKey("error")) {
            throw new AssertionError(workers + " worker(s) in Chromium: " + answer.get("error"));
        }
        @SuppressWarnings("unchecked")
        List<Number> values = (List<Number>) answer.get("bytes");
        byte[] bytes = new byte[values.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = values.get(i).byteValue();
        }
        return ModelFile.read(bytes).weightDigest();
    }

    /** Starts a run on a fresh training worker and answers its model file's bytes, or the error it sent. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> run(Browser browser, int workers) {
        Dataset data = data();
        List<Double> features = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        float[] x = new float[2];
        float[] t = new float[2];
        int[] order = Dataset.identityOrder(data.size());
        for (int i = 0; i < data.size(); i++) {
            data.copyFeatures(order, i, 1, x);
            data.copyTargets(order, i, 1, t, 2);
            features.add((double) x[0]);
            features.add((double) x[1]);
            labels.add(t[0] == 1f ? 0 : 1);
        }
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("recipe", RECIPE.toText());
        job.put("workers", workers);
        job.put("features", features);
        job.put("labels", labels);
        job.put("classCount", data.classCount());
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(""
                + "var done = arguments[arguments.length - 1], job = arguments[0];"
                + "var worker = new Worker('bundle/worker-loader.js?entry=trainer&target=wasm');"
                + "function end(answer) { worker.terminate(); done(answer); }"
                + "worker.onerror = function (e) { end({error: 'worker: ' + e.message}); };"
                + "worker.onmessage = function (e) {"
                + "  var m = e.data;"
                + "  if (m.type === 'ready') {"
                + "    worker.postMessage({type: 'start', recipe: job.recipe, workers: job.workers, dataset: {"
                + "      kind: 'floats', features: new Float32Array(job.features), featureCount: 2,"
                + "      labels: new Int32Array(job.labels), classCount: job.classCount}});"
                + "  } else if (m.type === 'state' && m.state === 'done') {"
                + "    worker.postMessage({type: 'get-model'});"
                + "  } else if (m.type === 'model') {"
                + "    end({bytes: Array.from(new Int8Array(m.bytes))});"
                + "  } else if (m.type === 'error') {"
                + "    end({error: m.command + ': ' + m.message});"
                + "  }"
                + "};", job);
    }
}
