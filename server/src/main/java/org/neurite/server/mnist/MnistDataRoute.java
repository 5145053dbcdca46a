package org.neurite.server.mnist;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.neurite.server.http.ApiException;
import org.neurite.server.http.ByteRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET} and {@code HEAD /data/mnist/{name}}: one of the four IDX files, streamed from disk. Only the four
 * known names are served (an allow-list, so no path can reach any other file). A client that accepts gzip gets
 * the gzip made once ({@link MnistGzip}), not one compressed per request; either form goes out with its
 * {@code Content-Length}, so a page can show true progress, and its own {@code ETag}. A {@code Range} is served
 * from the form being sent (206, or 416 past its end), so an interrupted download resumes. HEAD runs every
 * check GET runs and sends the same headers. The files never change, so they may be cached for a year.
 */
public final class MnistDataRoute implements Handler {

    public static final String PATH = "/data/mnist/{name}";
    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";
    /** What a visitor is told while MNIST is missing; the details (paths, causes) are for the log. */
    public static final String UNAVAILABLE_HINT = "The server could not fetch the MNIST files when it started. Whoever runs"
            + " it finds what to do in the server's log (the four files go in its MNIST folder, --mnist-dir);"
            + " the Playground and the Lessons work meanwhile.";
    private static final Logger LOG = LoggerFactory.getLogger(MnistDataRoute.class);

    private final MnistAvailability availability;
    private final MnistGzip gzip;

    public MnistDataRoute(MnistAvailability availability) {
        this.availability = availability;
        this.gzip = availability.isReady() ? new MnistGzip(availability.dir()) : null;
    }

    /** GET and HEAD on the same handler, so HEAD runs every check GET runs. */
    public static void register(RoutesConfig routes, MnistAvailability availability) {
        MnistDataRoute route = new MnistDataRoute(availability);
        routes.get(PATH, route);
        routes.head(PATH, route);
    }

    @Override
    public void handle(Context ctx) throws Exception {
        String name = ctx.pathParam("name");
        MnistFile file = MnistFile.byName(name).orElseThrow(() -> ApiException.notFound(
                "No MNIST file named '" + shorten(name) + "'",
                "The files are " + MnistFile.names(MnistFile.ALL) + "; fetch /data/mnist/<one of them>."));
        if (!availability.isReady()) {
            LOG.warn("{} {}: MNIST is not available: {}", ctx.method(), ctx.path(), availability.problem());
            throw new ApiException(503, "MNIST is not available on this server", UNAVAILABLE_HINT);
        }
        Path path = availability.dir().resolve(file.name());
        if (!Files.isRegularFile(path)) {
            LOG.warn("The MNIST file {} is missing", path);
            throw new ApiException(503, "The MNIST file " + file.name() + " has disappeared from the server's"
                    + " MNIST folder", "Restart the server; it fetches missing MNIST files when it starts.");
        }
        boolean zipped = acceptsGzip(ctx.header("Accept-Encoding"));
        Path body = zipped ? gzipOf(path) : path;
        long length = Files.size(body);
        String etag = "\"" + file.sha256().substring(0, 32) + (zipped ? "-gzip" : "") + "\"";
        // Parsed before any header is set: a 416 goes out as a plain JSON error, not labelled as gzip.
        ByteRange range = ifRangeMatches(ctx.header("If-Range"), etag) ? ByteRange.parse(ctx.header("Range"), length)
                : null;
        ctx.disableCompression();
        ctx.contentType("application/octet-stream");
        ctx.header("Cache-Control", CACHE_FOREVER);
        // The body is gzipped only for clients that ask, so caches must keep the two forms apart.
        ctx.header("Vary", "Accept-Encoding");
        ctx.header("ETag", etag);
        ctx.header("Accept-Ranges", "bytes");
        if (zipped) {
            ctx.header("Content-Encoding", "gzip");
        }
        long sent = range == null ? length : range.length();
        if (range != null) {
            ctx.status(206).header("Content-Range", range.contentRange(length));
        }
        ctx.header("Content-Length", Long.toString(sent));
        if (ctx.method() != HandlerType.HEAD) {
            ctx.result(open(body, range == null ? 0 : range.first(), sent));
        }
    }

    /** Without If-Range a Range always applies; with it, only while the client's copy is this one. */
    private static boolean ifRangeMatches(String ifRange, String etag) {
        return ifRange == null || ifRange.strip().equals(etag);
    }

    private Path gzipOf(Path plain) {
        try {
            return gzip.of(plain);
        } catch (RuntimeException e) {
            LOG.error("Could not make the gzip form of {}", plain, e);
            throw new ApiException(503, "The compressed MNIST file could not be prepared",
                    "Ask again without Accept-Encoding: gzip for the plain file; the server's log says what failed.");
        }
    }

    /** {@code count} bytes of {@code file} from {@code first}, read as the response is written. */
    private static InputStream open(Path file, long first, long count) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(first);
        return new Bounded(Channels.newInputStream(channel), count);
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

    /** A stream that ends after {@code remaining} bytes of the one it wraps. */
    private static final class Bounded extends java.io.FilterInputStream {
        private long remaining;

        Bounded(InputStream in, long remaining) {
            super(in);
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            remaining -= b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, remaining));
            remaining -= Math.max(n, 0);
            return n;
        }
    }
}
