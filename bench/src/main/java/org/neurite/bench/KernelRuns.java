package org.neurite.bench;

import org.neurite.engine.train.NamedRecipe;

/**
 * {@code bench/run --kernels}: the browser's matrix kernels compared in one run. Each round runs the kernel
 * micro-benchmark page (W1's products: the scalar 4x4 kernel, WebAssembly SIMD with and without
 * its copies) and then trains W1 in the bench page once per kernel, forced with {@code ?kernel=}, in the Wasm GC and the
 * JavaScript build, and once with the build's default choice, and W2 with the scalar and the SIMD kernel;
 * medians and ratios at the end.
 */
final class KernelRuns {
    /** Per workload and build, the kernels compared; the first is the baseline of the ratios. */
    private static final String[][] KERNELS = {
        {"W1", "wasm", "scalar4x4", "simd", ""},
        {"W1", "js", "scalar4x4", ""},
        {"W2", "wasm", "scalar4x4", "simd"},
    };

    private KernelRuns() {
    }

    static void print(int rounds, BenchOptions options) throws Exception {
        System.out.printf("load %.2f; %d rounds; W1 and W2 in Chromium's training worker, per kernel%n",
                CpuClock.loadAverage(), rounds);
        Report report = new Report();
        try (BrowserBench browser = BrowserBench.start()) {
            System.out.println("browser: " + browser.version());
            for (int round = 1; round <= rounds; round++) {
                if (options.selects("micro")) {
                    System.out.println("round " + round + " kernel micro-benchmark, times per product:");
                    System.out.println(browser.kernelReport());
                }
                for (String[] build : KERNELS) {
                    // The order turns by one each round, so no kernel always runs first or last.
                    int count = build.length - 2;
                    for (int step = 0; step < count; step++) {
                        String kernel = build[2 + (step + round - 1) % count];
                        String name = name(build[0], build[1], kernel);
                        if (options.selects(name)) {
                            NamedRecipe workload = build[0].equals("W1") ? NamedRecipe.W1 : NamedRecipe.W2;
                            report.add(name, round, browser.run(workload, build[1], "1", kernel));
                        }
                    }
                }
            }
        }
        report.printTable();
        for (String[] build : KERNELS) {
            double baseline = report.median(name(build[0], build[1], build[2]));
            for (int i = 3; i < build.length; i++) {
                double median = report.median(name(build[0], build[1], build[i]));
                if (!Double.isNaN(median) && !Double.isNaN(baseline)) {
                    System.out.printf("RATIO %s chromium-%s kernel %s/%s %.2f%n", build[0], build[1],
                            build[i].isEmpty() ? "default" : build[i], build[2], median / baseline);
                }
            }
        }
    }

    /** "W1 chromium neurite-wasm kernel=simd"; the default kernel (no ?kernel=) is "kernel=default". */
    private static String name(String workload, String target, String kernel) {
        return workload + " chromium neurite-" + target + " kernel=" + (kernel.isEmpty() ? "default" : kernel);
    }
}
