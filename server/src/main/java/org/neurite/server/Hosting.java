package org.neurite.server;

import java.util.List;

/**
 * How the site is hosted: where the server listens, the path prefix it is served under, who may frame its pages
 * and whose messages its embeds accept.
 *
 * @param host           the interface to listen on (127.0.0.1 by default: only this machine can connect)
 * @param basePath       the prefix everything is served under ("" or e.g. "/nn": a leading slash, none at the end)
 * @param frameAncestors the CSP frame-ancestors sources: who may show the pages in a frame ({@code *}: anyone)
 * @param embedOrigins   origins ({@code https://host[:port]}) whose messages an embedded page accepts; none by default
 * @param dataOrigins    other origins the pages may download data from (the Studio's {@code ?data=<URL>}); none by default
 */
public record Hosting(String host, String basePath, List<String> frameAncestors, List<String> embedOrigins,
                      List<String> dataOrigins) {

    public static final String DEFAULT_HOST = "127.0.0.1";

    public Hosting {
        frameAncestors = List.copyOf(frameAncestors);
        embedOrigins = List.copyOf(embedOrigins);
        dataOrigins = List.copyOf(dataOrigins);
    }

    /** Loopback only, at the root, framable by any page, accepting no page's messages, downloading only from itself. */
    public static Hosting defaults() {
        return new Hosting(DEFAULT_HOST, "", List.of("*"), List.of(), List.of());
    }

    public Hosting withHost(String address) {
        return new Hosting(address, basePath, frameAncestors, embedOrigins, dataOrigins);
    }

    public Hosting withBasePath(String path) {
        return new Hosting(host, path, frameAncestors, embedOrigins, dataOrigins);
    }

    public Hosting withFrameAncestors(List<String> sources) {
        return new Hosting(host, basePath, sources, embedOrigins, dataOrigins);
    }

    public Hosting withEmbedOrigins(List<String> origins) {
        return new Hosting(host, basePath, frameAncestors, origins, dataOrigins);
    }

    public Hosting withDataOrigins(List<String> origins) {
        return new Hosting(host, basePath, frameAncestors, embedOrigins, origins);
    }
}
