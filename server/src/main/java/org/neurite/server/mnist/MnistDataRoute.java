package org.neurite.server.mnist;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neurite.server.http.ApiException;

/**
 * {@code GET /data/mnist/{name}}: one of the four IDX files, streamed from disk. Only the four known names
 * are served (an allow-list, so no path can reach any other file). A client that accepts gzip gets the gzip
 * made once ({@link MnistGzip}), not one compressed per request; either form goes out with its
 * {@code Content-Length}, so a page can show true progress. The files never change, so they may be cached for
 * a year.
 */
public final class MnistDataRoute implements Handler {

    public static final String PATH = "/data/mnist/{name}";
    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

    private final MnistAvailability availability;
    private final MnistGzip gzip;

    public MnistDataRoute(MnistAvailability availability) {
        this.availability = availability;
        this.gzip = availability.isReady() ? new MnistGzip(availability.dir()) : null;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        String name = ctx.pathParam("name");
        MnistFile file = MnistFile.byName(name).orElseThrow(() -> ApiException.notFound(
                "No MNIST file named '" + shorten(name) + "'",
                "The files are " + MnistFile.names(MnistFile.ALL) + "; fetch /data/mnist/<one of them>."));
        if (!availability.isReady()) {
            throw new ApiException(503, "MNIST is not available on this server", availability.problem());
        }
        Path path = availability.dir().resolve(file.name());
        if (!Files.isRegularFile(path)) {
            throw new ApiException(503, "The MNIST file " + file.name() + " has disappeared from the server's"
                    + " MNIST folder", "Restart the server; it fetches missing MNIST files when it starts.");
        }
        boolean zipped = acceptsGzip(ctx.header("Accept-Encoding"));
        Path body = zipped ? gzip.of(path) : path;
        ctx.disableCompression();
        if (zipped) {
            ctx.header("Content-Encoding", "gzip");
        }
        ctx.header("Content-Length", Long.toString(Files.size(body)));
        ctx.result(Files.newInputStream(body));
        ctx.contentType("application/octet-stream");
        ctx.header("Cache-Control", CACHE_FOREVER);
        // The body is gzipped only for clients that ask, so caches must keep the two forms apart.
        ctx.header("Vary", "Accept-Encoding");
    }

    /** Whether an {@code Accept-Encoding} header allows gzip (named, and not with q=0). */
    static boolean acceptsGzip(String header) {
        if (header == null) {
            return false;
        }
        for (String part : header.split(",")) {
            String[] fields = part.trim().split(";");
            if (fields[0].trim().equalsIgnoreCase("gzip") || fields[0].trim().equals("*")) {
                for (int i = 1; i < fields.length; i++) {
                    String q = fields[i].trim().replace(" ", "");
                    if (q.equals("q=0") || q.matches("q=0\\.0*")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }
}
