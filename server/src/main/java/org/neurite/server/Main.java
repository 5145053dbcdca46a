package org.neurite.server;

import io.javalin.Javalin;
import java.io.PrintStream;
import java.util.Arrays;
import org.neurite.server.http.ErrorPathWarmUp;
import org.neurite.server.mnist.MnistAvailability;
import org.neurite.server.site.SiteExport;

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
        if (options.exportSite() != null) {
            return exportSite(options, out, err);
        }
        try {
            start(options, out);
            return 0;
        } catch (RuntimeException e) {
            err.println("neurite: could not start on " + options.hosting().host() + " port " + options.port() + ": "
                    + rootMessage(e));
            err.println("If another program uses that port, stop it or start with --port <another port>;"
                    + " --host must be an address of this machine.");
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
        Hosting hosting = options.hosting();
        Javalin app = App.create(new AppSettings(options.dataDir(), mnist, options.training(), hosting,
                        options.maxStoreBytes()))
                .start(hosting.host(), options.port());
        ErrorPathWarmUp.run(hosting, app.port());
        out.println("Neurite is running at " + address(hosting, app.port()));
        if (hosting.host().equals("0.0.0.0") || hosting.host().equals("::")) {
            out.println("It listens on every network interface: other machines can reach it on this port.");
        }
        out.println(options.training().enabled()
                ? "Training on the server: up to " + options.training().maxJobs() + " job(s) at once, "
                        + options.training().maxQueue() + " waiting; models are stored in " + options.dataDir()
                : "Training on the server is off (--no-server-training); models are stored in " + options.dataDir());
        return app;
    }

    /** The address the server listens on, as a URL ({@code http://127.0.0.1:7070/nn/}). */
    static String address(Hosting hosting, int port) {
        String host = hosting.host().contains(":") ? "[" + hosting.host() + "]" : hosting.host();
        return "http://" + host + ":" + port + hosting.basePath() + "/";
    }

    private static int exportSite(ServerOptions options, PrintStream out, PrintStream err) {
        try {
            SiteExport.write(options.exportSite(), options.mnistDir(), options.hosting().embedOrigins(), out);
            return 0;
        } catch (java.io.IOException | RuntimeException e) {
            err.println("neurite: could not export the site to " + options.exportSite() + ": " + rootMessage(e));
            return EXIT_CANNOT_START;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
