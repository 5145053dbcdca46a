package org.neurite.bench;

import java.util.Random;
import org.neurite.bench.LoadTraffic.Kind;

/**
 * One student's visit, as a browser makes it: the home page, the MNIST Studio (with its bundle, the plots and the
 * four MNIST files), the Playground, then a few lesson pages, with a moment of reading between pages. Bundle files
 * are asked for with the build's version, as the loader does, and only once (a browser keeps them).
 */
final class ClassroomStudent implements Runnable {
    static final String[] MNIST_FILES = {"train-images-idx3-ubyte", "train-labels-idx1-ubyte",
        "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"};
    static final String[] LESSONS = {"01-linear-regression", "02-perceptron", "03-activation-functions", "04-loss",
        "05-gradient-descent", "06-batch-vs-stochastic", "07-backpropagation", "08-chain-rule",
        "09-vanishing-gradients", "10-hidden-features", "11-mnist"};
    static final int LESSONS_PER_STUDENT = 3;

    private final LoadTraffic traffic;
    private final String version;
    private final Random random;
    private final long deadlineNanos;

    /** @param version the bundle's build version ("" when the build has none) */
    ClassroomStudent(LoadTraffic traffic, String version, long seed, long deadlineNanos) {
        this.traffic = traffic;
        this.version = version;
        this.random = new Random(seed);
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public void run() {
        try {
            page("/", "page /");
            file("/css/site.css", "style /css/*.css", Kind.PAGES);
            file("/bundle/loader.js", "bundle loader.js", Kind.BUNDLE);
            bundle("wasm-gc-runtime.js", "bundle wasm-gc-runtime.js");
            bundle("landing.wasm", "bundle *.wasm");
            read();
            page("/mnist.html", "page /mnist.html (Studio)");
            file("/css/mnist.css", "style /css/*.css", Kind.PAGES);
            file("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js", "webjar uPlot", Kind.PAGES);
            file("/webjars/uplot/1.6.30/dist/uPlot.min.css", "webjar uPlot", Kind.PAGES);
            bundle("studio.wasm", "bundle *.wasm");
            bundle("worker-loader.js", "bundle worker-loader.js");
            bundle("trainer.wasm", "bundle *.wasm");
            for (String file : MNIST_FILES) {
                file("/data/mnist/" + file, "mnist " + (file.contains("images") ? "images" : "labels"), Kind.MNIST);
            }
            read();
            page("/playground.html", "page /playground.html");
            file("/css/playground.css", "style /css/*.css", Kind.PAGES);
            bundle("playground.wasm", "bundle *.wasm");
            read();
            page("/lessons/index.html", "page /lessons/*.html");
            file("/css/lessons.css", "style /css/*.css", Kind.PAGES);
            file("/webjars/katex/0.16.47/dist/katex.min.js", "webjar KaTeX", Kind.PAGES);
            file("/js/render-math.js", "script /js/*.js", Kind.PAGES);
            bundle("lessons.wasm", "bundle *.wasm");
            for (int i = 0; i < LESSONS_PER_STUDENT; i++) {
                read();
                page("/lessons/" + LESSONS[random.nextInt(LESSONS.length)] + ".html", "page /lessons/*.html");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void page(String path, String route) {
        file(path, route, Kind.PAGES);
    }

    private void bundle(String file, String route) {
        file("/bundle/" + file + (version.isEmpty() ? "" : "?v=" + version), route, Kind.BUNDLE);
    }

    private void file(String path, String route, Kind kind) {
        if (System.nanoTime() < deadlineNanos) {
            traffic.get(path, route, kind);
        }
    }

    /** A student reads a page for a moment before the next one: 0.5 to 2 s. */
    private void read() throws InterruptedException {
        Thread.sleep(500 + random.nextInt(1500));
    }
}
