package org.neurite.bench;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The command line of {@code bench/run}. */
record BenchOptions(int rounds, Pattern only, boolean peers, String peerSelection, boolean profile, boolean presets,
                    boolean server, boolean load, int loadSeconds, Integer loadMaxJobs, boolean kernels) {
    static final String USAGE = """
            usage: bench/run [--rounds N] [--only REGEX] [--no-peers] [--peers REGEX] | --profile
                   | --presets [--server] [--only REGEX] | --server [--rounds N]
                   | --load [--seconds N] [--max-jobs N] | --kernels [--rounds N] [--only REGEX]
              --rounds N      rounds, each running every contender once, interleaved (default 3)
              --only REGEX    contenders whose name matches, e.g. 'W1', 'jvm', 'W2 chromium', 'neurite'
                              (names: 'W1 jvm neurite', 'W1 chromium neurite-wasm', 'W1 chromium tfjs-wasm-simd', ...)
              --no-peers      only Neurite and the naive Java baseline, without the peers' harness
              --peers REGEX   which harness configs run ('env peer workload variant', e.g. 'chromium convnetjs W2 -');
                              default: the browser peers in Chromium and DL4J
              --profile       only time every layer's forward and backward pass of W1 and W2 on this JVM
              --presets       only train the Studio's presets to the end on this JVM (--only picks by id:
                              mlp, deeper-mlp, quick-cnn, cnn) and print their test accuracy and time; with --server,
                              as jobs of a real server instead (2 threads)
              --server        only W1 and W2 as jobs of a real server at 1 and 2 threads, watched over their
                              event stream, beside the same workload in this process (JOB lines)
              --kernels       only the browser's matrix kernels: the kernel micro-benchmark page ('micro') and W1 in
                              Chromium with each kernel ('W1 chromium neurite-wasm kernel=simd', 'neurite-js kernel=scalar4x4', ...)
              --load          only a class on loopback: 200 students opening pages, bundle, MNIST and lessons
                              while 4 MNIST jobs stream to 50 watchers each (LOAD lines; see bench/README.md)
              --seconds N     with --load: students start no request after N seconds (default 120)
              --max-jobs N    with --load: the server's --max-jobs (default: the server's own, cores - 1)
            """;

    static BenchOptions parse(String[] args) {
        int rounds = 3;
        String only = ".*";
        boolean peers = true;
        String selection = PeerConfigs.DEFAULT;
        boolean profile = false;
        boolean presets = false;
        boolean server = false;
        boolean load = false;
        boolean kernels = false;
        int loadSeconds = LoadRun.DEFAULT_SECONDS;
        Integer loadMaxJobs = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = positive(value(args, ++i, "--rounds"), "--rounds");
                case "--only" -> only = value(args, ++i, "--only");
                case "--no-peers" -> peers = false;
                case "--profile" -> profile = true;
                case "--presets" -> presets = true;
                case "--server" -> server = true;
                case "--load" -> load = true;
                case "--kernels" -> kernels = true;
                case "--seconds" -> loadSeconds = positive(value(args, ++i, "--seconds"), "--seconds");
                case "--max-jobs" -> loadMaxJobs = positive(value(args, ++i, "--max-jobs"), "--max-jobs");
                case "--peers" -> selection = value(args, ++i, "--peers");
                case "--help", "-h" -> throw new IllegalArgumentException("");
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
            }
        }
        return new BenchOptions(rounds, regex(only, "--only"), peers, regex(selection, "--peers").pattern(),
                profile, presets, server, load, loadSeconds, loadMaxJobs, kernels);
    }

    boolean selects(String name) {
        return only.matcher(name).find();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int positive(String text, String option) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a whole number of at least 1, was '" + text + "'");
    }

    private static Pattern regex(String text, String option) {
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is not a regular expression: "
                    + e.getDescription());
        }
    }
}
