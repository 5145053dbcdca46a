package org.neurite.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.neurite.server.mnist.MnistProvisioner;
import org.neurite.engine.train.NamedRecipe;

/**
 * Runs the benchmarks: the engine on this JVM and in headless Chromium (Wasm GC and JavaScript builds), the
 * naive Java baseline, and the peers through their own harness, all interleaved round by round so that every
 * figure sees the same machine noise; then prints medians and the same-run ratios. See bench/README.md.
 */
public final class BenchMain {
    /** The benchmark workloads, in the order they run and print. */
    private static final NamedRecipe[] WORKLOADS = {NamedRecipe.W1, NamedRecipe.W2};

    /**
     * The browser contenders, as name suffix and bench page parameters: the Wasm GC build on one worker (the
     * embed's case), the JavaScript fallback, the Wasm GC build on the browser's default worker count, and on
     * two workers (on a 2-core machine the default is one: hardwareConcurrency less one).
     */
    private static final String[][] BROWSER_CONTENDERS = {
        {"neurite-wasm", "wasm", "1"},
        {"neurite-js", "js", "1"},
        {"neurite-wasm-workers", "wasm", "default"},
        {"neurite-wasm-2w", "wasm", "2"},
    };

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.print((e.getMessage().isEmpty() ? "" : e.getMessage() + "\n") + BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        Path mnistDir = MnistProvisioner.ensure(MnistProvisioner.defaultDir(), System.out);
        MnistData data = MnistData.load(mnistDir);
        if (options.profile()) {
            LayerProfile.print(NamedRecipe.W1, data.train());
            LayerProfile.print(NamedRecipe.W2, data.trainPrefix(NamedRecipe.W2.recipe().limit()));
            return;
        }
        if (options.presets() && options.server()) {
            ServerJobs.printPresets(mnistDir, options.only());
            return;
        }
        if (options.presets()) {
            PresetRuns.print(data, options.only());
            return;
        }
        if (options.server()) {
            ServerJobs.printJobs(mnistDir, data, options.rounds());
            return;
        }
        if (options.kernels()) {
            KernelRuns.print(options.rounds(), options);
            System.exit(0);
            return;
        }
        if (options.load()) {
            LoadRun.print(mnistDir, options.loadSeconds(), options.loadMaxJobs());
            return;
        }
        System.out.printf("java %s, %d cores, load %.2f; %d rounds interleaved; Neurite trains on 1 thread (in the "
                + "browser also on its default worker count and on 2 workers)%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                CpuClock.loadAverage(), options.rounds());
        BrowserBench browser = startBrowser(options);
        Peers peers = options.peers() ? Peers.find(mnistDir.toString()) : null;
        if (peers != null && !peers.install()) {
            peers = null;
        }
        Report report = new Report();
        if (browser != null) {
            // Ctrl-C or a kill must not leave a headless Chromium behind.
            Runtime.getRuntime().addShutdownHook(new Thread(browser::close));
        }
        try {
            for (int round = 1; round <= options.rounds(); round++) {
                for (NamedRecipe workload : WORKLOADS) {
                    runJvm(workload, data, round, options, report);
                    runBrowser(workload, browser, round, options, report);
                    runPeers(workload, peers, round, options, report);
                }
            }
        } finally {
            if (browser != null) {
                browser.close();
            }
        }
        report.printTable();
        report.printRatios();
        System.out.printf("load at the end %.2f%n", CpuClock.loadAverage());
        System.exit(0);
    }

    private static void runJvm(NamedRecipe workload, MnistData data, int round, BenchOptions options, Report report) {
        Map<String, BiFunction<MnistData, Integer, Result>> contenders = new LinkedHashMap<>();
        if (workload == NamedRecipe.W1) {
            contenders.put("W1 jvm neurite", W1Neurite::run);
            contenders.put("W1 jvm naive-java", NaiveMlp::run);
        } else {
            contenders.put("W2 jvm neurite", W2Neurite::run);
        }
        for (var contender : contenders.entrySet()) {
            if (options.selects(contender.getKey())) {
                report.add(contender.getKey(), round, contender.getValue().apply(data, round));
            }
        }
    }

    private static void runBrowser(NamedRecipe workload, BrowserBench browser, int round, BenchOptions options,
                                   Report report) {
        for (String[] contender : BROWSER_CONTENDERS) {
            String name = workload.name() + " chromium " + contender[0];
            if (browser != null && options.selects(name)) {
                report.add(name, round, browser.run(workload, contender[1], contender[2]));
            }
        }
    }

    private static void runPeers(NamedRecipe workload, Peers peers, int round, BenchOptions options, Report report) {
        if (peers == null) {
            return;
        }
        List<String> configs = PeerConfigs.select(workload.name(), options.peerSelection());
        configs.removeIf(config -> !options.selects(PeerConfigs.benchName(config)));
        for (var entry : peers.runOnce(configs, round).entrySet()) {
            report.add(entry.getKey(), round, entry.getValue());
        }
    }

    /** The server and Chromium, when any browser contender is selected; null (with the reason) otherwise. */
    private static BrowserBench startBrowser(BenchOptions options) {
        boolean wanted = false;
        for (NamedRecipe workload : WORKLOADS) {
            for (String[] contender : BROWSER_CONTENDERS) {
                wanted |= options.selects(workload.name() + " chromium " + contender[0]);
            }
        }
        if (!wanted) {
            return null;
        }
        try {
            BrowserBench browser = BrowserBench.start();
            System.out.println("browser: " + browser.version() + ", headless, the bench page trains in a worker");
            return browser;
        } catch (Exception e) {
            System.out.println("CHROMIUM MISSING: the browser figures are left out: " + e.getMessage());
            return null;
        }
    }
}
