package org.neurite.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The peer baselines (TensorFlow.js, ConvNetJS, plain JS in Chromium; Deeplearning4j on the JVM), run by the
 * peers' own harness {@code run.sh} one round at a time, so that they and the engine take turns on the machine.
 * Each call runs the selected configurations once ({@code ROUNDS=1 SKIP_INSTALL=1 ONLY=...}) and reads the
 * {@code results/raw.jsonl} lines it wrote.
 */
final class Peers {
    /** Where the harness lives, relative to the project root, unless {@code NEURITE_PEERS} says otherwise. */
    static final String DEFAULT_DIR = "../shared/peers";
    static final String DIR_ENV = "NEURITE_PEERS";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path script;
    private final Path results;
    private final String mnistDir;

    private Peers(Path script, Path results, String mnistDir) {
        this.script = script;
        this.results = results;
        this.mnistDir = mnistDir;
    }

    /**
     * The harness, or null with the reason printed: the bench then still reports the engine's own figures.
     * A read-only harness copies itself to {@code PEERS_WORK} and writes its results there.
     */
    static Peers find(String mnistDir) {
        String configured = System.getenv(DIR_ENV);
        Path dir = Path.of(configured != null && !configured.isBlank() ? configured : DEFAULT_DIR)
                .toAbsolutePath().normalize();
        Path script = dir.resolve("run.sh");
        if (!Files.isRegularFile(script)) {
            System.out.println("PEERS MISSING: no peer harness at " + script + " (set " + DIR_ENV
                    + " to the folder holding run.sh); only Neurite's own figures follow, without the peer ratios.");
            return null;
        }
        Path results = Files.isWritable(dir) ? dir.resolve("results")
                : workDir().resolve("results");
        return new Peers(script, results, mnistDir);
    }

    /** The folder the harness copies itself to when its own folder is read-only (its default, or PEERS_WORK). */
    private static Path workDir() {
        String work = System.getenv("PEERS_WORK");
        return work != null && !work.isBlank() ? Path.of(work)
                : Path.of(System.getProperty("user.home"), ".cache", "neurite-peers", "harness");
    }

    /** Installs what the peers need (browsers' libraries, DL4J, the native probe); returns whether it worked. */
    boolean install() {
        System.out.println("peers: installing or checking the peers' dependencies (run.sh, nothing measured)");
        // "^$" selects no configuration and no probe: the harness only installs.
        Outcome outcome = runHarness("^$", false);
        if (outcome.exitCode != 0) {
            System.out.println("PEERS INSTALL FAILED (exit " + outcome.exitCode + "): " + outcome.tail);
            return false;
        }
        return true;
    }

    /**
     * Runs each of {@code configs} ("chromium tfjs-wasm-simd W1 -", as the harness lists them) once and returns
     * the results by bench name ("W1 chromium tfjs-wasm-simd"); a config that failed maps to a failed result.
     */
    Map<String, Result> runOnce(List<String> configs, int round) {
        Map<String, Result> out = new LinkedHashMap<>();
        if (configs.isEmpty()) {
            return out;
        }
        List<String> patterns = new ArrayList<>();
        for (String config : configs) {
            // the names hold only letters, digits, dashes and spaces: literal in an extended regex
            patterns.add("^" + config + "$");
        }
        Outcome outcome = runHarness(String.join("|", patterns), true);
        for (JsonNode line : readResults()) {
            out.put(PeerConfigs.benchName(PeerConfigs.configOf(line, configs)), result(line));
        }
        for (String config : configs) {
            out.putIfAbsent(PeerConfigs.benchName(config), Result.failed("the harness wrote no result for '"
                    + config + "' in round " + round + " (exit " + outcome.exitCode + "): " + outcome.tail));
        }
        return out;
    }

    private static Result result(JsonNode line) {
        if (line.hasNonNull("error") || !line.hasNonNull("samplesPerSec")) {
            String error = line.path("error").asText("no samplesPerSec in " + line);
            return Result.failed(error.length() > 200 ? error.substring(0, 200) + "..." : error);
        }
        double accuracy = line.hasNonNull("testAcc") ? line.get("testAcc").asDouble() : Double.NaN;
        double cpu = line.hasNonNull("cpuPerWall") ? line.get("cpuPerWall").asDouble() : Double.NaN;
        return Result.of(line.get("samplesPerSec").asDouble(), accuracy, cpu, PeerConfigs.threads(line));
    }

    private List<JsonNode> readResults() {
        List<JsonNode> lines = new ArrayList<>();
        Path raw = results.resolve("raw.jsonl");
        try {
            for (String text : Files.readAllLines(raw)) {
                if (!text.isBlank()) {
                    lines.add(JSON.readTree(text));
                }
            }
        } catch (IOException e) {
            System.out.println("peers: could not read " + raw + ": " + e.getMessage());
        }
        return lines;
    }

    private record Outcome(int exitCode, String tail) {
    }

    private Outcome runHarness(String only, boolean skipInstall) {
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
        builder.environment().put("ROUNDS", "1");
        builder.environment().put("ONLY", only);
        builder.environment().putIfAbsent("MNIST_DIR", mnistDir);
        if (skipInstall) {
            builder.environment().put("SKIP_INSTALL", "1");
        }
        try {
            Process process = builder.start();
            List<String> lines = new ArrayList<>();
            try (var reader = process.inputReader()) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines.add(line);
                    if (line.startsWith("[round")) {
                        // the harness counts its own single round; the bench's round is in the lines that follow
                        System.out.println("  peers: " + line.substring(line.indexOf(']') + 1).trim());
                    }
                }
            }
            if (!process.waitFor(2, TimeUnit.HOURS)) {
                process.destroyForcibly();
                return new Outcome(-1, "run.sh did not finish within 2 hours");
            }
            int from = Math.max(0, lines.size() - 3);
            return new Outcome(process.exitValue(), String.join(" / ", lines.subList(from, lines.size())));
        } catch (IOException e) {
            return new Outcome(-1, "could not start " + script + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(-1, "interrupted");
        }
    }
}
