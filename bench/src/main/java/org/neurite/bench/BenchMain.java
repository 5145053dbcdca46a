package org.neurite.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Runs the JVM benchmarks, contenders interleaved round by round so that each sees the same machine
 * noise, then prints medians and same-run ratios. Usage: {@code BenchMain [--rounds N] [--only REGEX]}.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) {
        int rounds = 3;
        String only = ".*";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--only" -> only = args[++i];
                default -> {
                    System.err.println("usage: bench/run [--rounds N] [--only REGEX]   (REGEX over 'W1 jvm neurite')");
                    System.exit(2);
                }
            }
        }
        Map<String, BiFunction<MnistData, Integer, Result>> contenders = new LinkedHashMap<>();
        contenders.put("W1 jvm neurite", W1Neurite::run);
        contenders.put("W1 jvm naive-java", NaiveMlp::run);
        contenders.put("W2 jvm neurite", W2Neurite::run);
        String filter = only;
        contenders.keySet().removeIf(name -> !name.matches(filter));
        MnistData data = MnistData.load();
        System.out.println("java " + System.getProperty("java.version") + ", " + Runtime.getRuntime()
                .availableProcessors() + " cores, 1 training thread, " + rounds + " rounds interleaved");
        Map<String, List<Result>> results = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (var contender : contenders.entrySet()) {
                Result r = contender.getValue().apply(data, round);
                results.computeIfAbsent(contender.getKey(), k -> new ArrayList<>()).add(r);
                System.out.printf("round %d  %-20s %10.0f samples/s  test accuracy %.4f%n", round,
                        contender.getKey(), r.samplesPerSecond(), r.testAccuracy());
            }
        }
        System.out.println();
        System.out.printf("%-20s %14s %14s %10s%n", "workload", "median samp/s", "runs", "test acc");
        Map<String, Double> medians = new LinkedHashMap<>();
        for (var entry : results.entrySet()) {
            double[] speeds = entry.getValue().stream().mapToDouble(Result::samplesPerSecond).toArray();
            double[] accuracies = entry.getValue().stream().mapToDouble(Result::testAccuracy).toArray();
            medians.put(entry.getKey(), median(speeds));
            System.out.printf("%-20s %14.0f %14d %10.4f%n", entry.getKey(), median(speeds), speeds.length,
                    median(accuracies));
        }
        Double neurite = medians.get("W1 jvm neurite");
        Double naive = medians.get("W1 jvm naive-java");
        if (neurite != null && naive != null) {
            System.out.printf("RATIO W1 jvm neurite/naive-java %.2f%n", neurite / naive);
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
