package org.neurite.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which of the harness's configurations run beside the engine, and how their results are named here.
 * A configuration is "env peer workload variant" as {@code run.sh} lists them ({@code -} for no variant);
 * its bench name is "workload env peer[-variant]", e.g. "W1 chromium tfjs-wasm-simd", "W1 jvm dl4j-omp1".
 */
final class PeerConfigs {
    /** Every configuration of the harness's {@code CONFIGS}, in its order. */
    static final List<String> ALL = List.of(
            "node naive-js W1 -", "node tfjs-cpu W1 -", "node tfjs-wasm W1 simd", "node tfjs-wasm-nosimd W1 -",
            "node convnetjs W1 -", "chromium naive-js W1 -", "chromium tfjs-cpu W1 -", "chromium tfjs-webgl W1 -",
            "chromium tfjs-wasm-threads W1 -", "chromium tfjs-wasm-simd W1 -", "chromium tfjs-wasm-nosimd W1 -",
            "chromium convnetjs W1 -", "node jaxjs-wasm W1 jitstep", "chromium jaxjs-wasm W1 jitstep",
            "chromium jaxjs-wasm W1 demo", "chromium jaxjs-wasm-threads W1 jitstep", "jvm naive-java W1 jdk17", "jvm naive-java W1 jdk25", "jvm dl4j W1 omp1",
            "jvm dl4j W1 omp2", "node tfjs-cpu W2 prefix1280", "node tfjs-wasm W2 simd", "node convnetjs W2 -",
            "chromium tfjs-cpu W2 prefix1280", "chromium tfjs-webgl W2 prefix2560", "chromium tfjs-wasm-threads W2 -",
            "chromium convnetjs W2 -", "node jaxjs-wasm W2 jitstep", "chromium jaxjs-wasm W2 jitstep",
            "chromium jaxjs-wasm-threads W2 jitstep", "jvm dl4j W2 omp1", "jvm dl4j W2 omp2");

    /**
     * The default selection: every browser peer the engine is compared with in Chromium (plain JS, TF.js on its
     * CPU and WebAssembly backends, ConvNetJS, jax-js on one thread and on its worker pool with the whole step
     * jitted; for W2 also TF.js WebGL, which runs without a GPU here) and DL4J with one and two OpenMP threads.
     * Left out: the Node runs (not a browser), the slower variants (tfjs-wasm without SIMD, WebGL for W1, jax-js
     * with only predict jitted), and the harness's own naive Java (the bench runs its copy).
     */
    static final String DEFAULT = "^(chromium (naive-js|tfjs-cpu|tfjs-wasm-threads|tfjs-wasm-simd|convnetjs) W1 "
            + "|chromium (tfjs-cpu|tfjs-webgl|tfjs-wasm-threads|convnetjs) W2 |jvm dl4j W[12] "
            + "|chromium jaxjs-wasm(-threads)? W[12] jitstep$)";

    private PeerConfigs() {
    }

    /** The configurations of {@code workload} ("W1") that match {@code selection} (a regex over the config). */
    static List<String> select(String workload, String selection) {
        Pattern pattern = Pattern.compile(selection);
        List<String> out = new ArrayList<>();
        for (String config : ALL) {
            if (config.split(" ")[2].equals(workload) && pattern.matcher(config).find()) {
                out.add(config);
            }
        }
        return out;
    }

    static String benchName(String config) {
        String[] parts = config.split(" ");
        return benchName(parts[2], parts[0], parts[1], "-".equals(parts[3]) ? "" : parts[3]);
    }

    /**
     * The configuration among {@code configs} that wrote {@code line}. Browser runs do not echo their variant
     * (a W2 prefix such as {@code prefix1280}), so a line without one belongs to the config with the same env,
     * peer and workload.
     */
    static String configOf(JsonNode line, List<String> configs) {
        String env = line.path("env").asText();
        String peer = line.path("peer").asText();
        String workload = line.path("workload").asText();
        String variant = line.path("variant").asText("");
        String exact = env + " " + peer + " " + workload + " " + (variant.isEmpty() ? "-" : variant);
        if (variant.isEmpty()) {
            for (String config : configs) {
                if (config.startsWith(env + " " + peer + " " + workload + " ")) {
                    return config;
                }
            }
        }
        return exact;
    }

    private static String benchName(String workload, String env, String peer, String variant) {
        return workload + " " + env + " " + peer + (variant.isEmpty() ? "" : "-" + variant);
    }

    /** Threads the peer trains with, from what it reported. */
    static String threads(JsonNode line) {
        String variant = line.path("variant").asText("");
        if (variant.startsWith("omp")) {
            return variant.substring(3) + " (OpenMP)";
        }
        JsonNode info = line.path("info");
        if (info.has("wasmThreadsCount")) {
            return info.get("wasmThreadsCount").asText();
        }
        if (info.path("wasmWorkers").asInt() > 0) {
            // jax-js on a cross-origin isolated page: its worker pool, one per core
            return info.get("wasmWorkers").asText();
        }
        return "1";
    }
}
