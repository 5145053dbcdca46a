package org.neurite.server;

import io.javalin.Javalin;
import java.io.PrintStream;
import java.util.Arrays;
import org.neurite.server.http.ErrorPathWarmUp;
import org.neurite.server.mnist.MnistAvailability;

/** Starts the Neurite server: parses the options, provisions MNIST, starts Javalin and says where to go. */
public final class Main {

    static final int EXIT_USAGE = 2;
    static final int EXIT_CANNOT_START = 1;

    private Main() {
    }

    public static void main(String[] args) {
        int exitCode = run(args, System.out, System.err);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** Returns 0 once the server is running (its threads keep the JVM alive), else the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        ServerOptions options;
        try {
            options = ServerOptions.parse(Arrays.asList(args), System.getenv(), System.getProperty("user.home"));
        } catch (UsageException e) {
            err.println("neurite: " + e.getMessage());
            err.println();
            err.print(ServerOptions.USAGE);
            return EXIT_USAGE;
        }
        if (options.help()) {
            out.print(ServerOptions.USAGE);
            return 0;
        }
        try {
            start(options, out);
            return 0;
        } catch (RuntimeException e) {
            err.println("neurite: could not start on port " + options.port() + ": " + rootMessage(e));
            err.println("If another program uses that port, stop it or start with --port <another port>.");
            return EXIT_CANNOT_START;
        }
    }

    /** Provisions MNIST (a failure is reported, not fatal), starts the server and prints its address. */
    static Javalin start(ServerOptions options, PrintStream out) {
        MnistAvailability mnist = MnistAvailability.provision(options.mnistDir(), out);
        if (!mnist.isReady()) {
            out.println();
            out.println("WARNING: " + mnist.problem());
            out.println("The pages work without it; the MNIST Studio needs it.");
            out.println();
        }
        Javalin app = App.create(new AppSettings(options.dataDir(), mnist, options.training())).start(options.port());
        ErrorPathWarmUp.run(app.port());
        out.println("Neurite is running at http://localhost:" + app.port() + "/");
        out.println(options.training().enabled()
                ? "Training on the server: up to " + options.training().maxJobs() + " job(s) at once, "
                        + options.training().maxQueue() + " waiting; models are stored in " + options.dataDir()
                : "Training on the server is off (--no-server-training); models are stored in " + options.dataDir());
        return app;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
