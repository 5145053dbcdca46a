package org.neurite.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The bundle's files may be kept for a year when asked for with this build's version ({@code bundle/x.wasm?v=<version>},
 * as the loaders ask for them): a new build has a new version, so a new URL. Asked for without it (or with another
 * build's), they are revalidated like the pages. The version is the one the web build wrote beside the bundle.
 */
public final class BundleCaching {

    public static final String PATH = "/bundle/*";
    static final String VERSION_FILE = "neurite-bundle.properties";
    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

    private final String version;

    private BundleCaching(String version) {
        this.version = version;
    }

    /** The caching for the bundle on the classpath; without a built version nothing is cached for long. */
    public static BundleCaching ofClasspath() {
        Properties properties = new Properties();
        try (InputStream in = BundleCaching.class.getClassLoader().getResourceAsStream(VERSION_FILE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + VERSION_FILE, e);
        }
        String version = properties.getProperty("version", "");
        return new BundleCaching(version.startsWith("@") ? "" : version);
    }

    /** This build's version ("" when the bundle was not built with one). */
    public String version() {
        return version;
    }

    /** After a bundle file's handler: a year of caching when the URL names this build. */
    public void apply(Context ctx) {
        int status = ctx.status().getCode();
        if (!version.isEmpty() && version.equals(ctx.queryParam("v")) && (status == 200 || status == 304)) {
            ctx.header("Cache-Control", CACHE_FOREVER);
        }
    }
}
