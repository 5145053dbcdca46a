package org.neurite.server.mnist;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.neurite.server.http.ApiException;

/**
 * {@code GET /data/mnist/{name}}: one of the four IDX files, streamed from disk. Only the four known names
 * are served (an allow-list, so no path can reach any other file). Javalin gzips the body when the client
 * accepts it; the files never change, so they may be cached for a year.
 */
public final class MnistDataRoute implements Handler {

    public static final String PATH = "/data/mnist/{name}";
    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

    private final MnistAvailability availability;

    public MnistDataRoute(MnistAvailability availability) {
        this.availability = availability;
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
        try {
            ctx.result(Files.newInputStream(path));
        } catch (NoSuchFileException e) {
            throw new ApiException(503, "The MNIST file " + file.name() + " has disappeared from " + path.getParent(),
                    "Restart the server; it fetches missing MNIST files when it starts.");
        }
        ctx.contentType("application/octet-stream");
        ctx.header("Cache-Control", CACHE_FOREVER);
        // The body is gzipped only for clients that ask, so caches must keep the two forms apart.
        ctx.header("Vary", "Accept-Encoding");
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }
}
