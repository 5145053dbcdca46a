package org.neurite.web.bench;

import org.neurite.web.dom.Numbers;
import java.util.ArrayList;
import java.util.List;
import org.neurite.engine.train.NamedRecipe;
import org.neurite.web.dom.Dom;
import org.neurite.web.worker.BenchmarkResult;
import org.neurite.web.worker.Js;
import org.neurite.web.worker.MnistFetch;
import org.neurite.web.worker.TrainingWorkers;
import org.neurite.web.worker.WorkerClient;
import org.neurite.web.worker.WorkerDataset;
import org.neurite.web.worker.WorkerListener;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.typedarrays.ArrayBuffer;

/**
 * bench.html: how fast this browser trains the benchmark workloads, timed in the training worker exactly as
 * the JVM benchmark and the peers time theirs. {@code ?run=W1,W2} starts runs at once (the benchmark tool
 * uses it); otherwise the buttons do. {@code ?workers=2} trains on two workers (default 1),
 * {@code ?workers=default} on the Studio's default count for this browser.
 */
public final class BenchPage implements WorkerListener {
    private static final int SEED = 1;

    private final BenchTable table = new BenchTable();
    private final WorkerClient worker = WorkerClient.start();
    private final HTMLButtonElement runW1 = (HTMLButtonElement) Dom.byId("bench-run-W1");
    private final HTMLButtonElement runW2 = (HTMLButtonElement) Dom.byId("bench-run-W2");
    private final List<NamedRecipe> queue = new ArrayList<>();
    private WorkerDataset mnist;
    private boolean dataSent;
    private boolean running;

    private BenchPage() {
    }

    public static void main(String[] args) {
        new BenchPage().wire();
    }

    private void wire() {
        Dom.byId("bench-target").setTextContent(Dom.engineTargetName());
        worker.addListener(this);
        runW1.onClick(e -> enqueue(NamedRecipe.W1));
        runW2.onClick(e -> enqueue(NamedRecipe.W2));
        for (String name : runParameter().split(",")) {
            NamedRecipe w = name.trim().isEmpty() ? null : NamedRecipe.find(name);
            if (w != null) {
                queue.add(w);
            }
        }
        table.status("loading", "Downloading MNIST (55 MB)…");
        MnistFetch.start(bytes -> table.status("loading", "Downloading MNIST: "
                + Numbers.fixed(100 * bytes / MnistFetch.TOTAL_BYTES, 0) + " %"), this::downloaded,
                message -> table.status("error", message));
    }

    private void downloaded(ArrayBuffer trainImages, ArrayBuffer trainLabels, ArrayBuffer testImages,
                            ArrayBuffer testLabels) {
        mnist = WorkerDataset.mnist(trainImages, trainLabels, testImages, testLabels);
        runW1.setDisabled(false);
        runW2.setDisabled(false);
        if (queue.isEmpty()) {
            table.status("ready", "Ready. Pick a workload; the page stays usable while it runs." + workersProblem());
        }
        runNext();
    }

    private void enqueue(NamedRecipe workload) {
        queue.add(workload);
        runNext();
    }

    private void runNext() {
        if (running || mnist == null || queue.isEmpty()) {
            return;
        }
        NamedRecipe workload = queue.remove(0);
        running = true;
        table.status("running", "Training " + workload.name() + " (" + workload.title() + ") in the worker…");
        // The first run moves the dataset to the worker; later runs reuse it there.
        worker.benchmark(workload.name(), workload.recipe().withSeed(SEED), dataSent ? null : mnist,
                workersParameter(workload));
        dataSent = true;
    }

    @Override
    public void onBenchmark(BenchmarkResult result) {
        running = false;
        NamedRecipe workload = NamedRecipe.find(result.name());
        table.add(workload, result);
        table.status(queue.isEmpty() ? "done" : "running", workload.name() + ": "
                + Numbers.fixed(result.samplesPerSecond(), 0) + " samples/s.");
        runNext();
    }

    @Override
    public void onError(String command, String message) {
        running = false;
        table.status("error", "The benchmark failed (" + command + "): " + message);
    }

    @JSBody(script = "return new URLSearchParams(window.location.search).get('run') || '';")
    private static native String runParameter();

    private static int workersParameter(NamedRecipe workload) {
        String text = workersText();
        if ("default".equals(text)) {
            return TrainingWorkers.forThisPage(0, false, workload.recipe());
        }
        return isWorkerCount(text) ? (int) Js.parseNumber(text) : 1;
    }

    private static boolean isWorkerCount(String text) {
        double n = Js.parseNumber(text);
        return n >= 1 && n <= TrainingWorkers.MAX && n == Math.floor(n);
    }

    /** What the page says of a {@code workers} it cannot use, which would otherwise train on one unnoticed. */
    private static String workersProblem() {
        String text = workersText();
        return "default".equals(text) || isWorkerCount(text) ? ""
                : " The link's workers=" + text + " was not used (give 1 to " + TrainingWorkers.MAX
                        + " or 'default'): training on 1 worker.";
    }

    @JSBody(script = "return new URLSearchParams(window.location.search).get('workers') || '1';")
    private static native String workersText();
}
