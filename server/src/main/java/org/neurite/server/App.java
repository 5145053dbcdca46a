package org.neurite.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.Map;
import org.neurite.server.http.BundleCaching;
import org.neurite.server.http.EncodingEtags;
import org.neurite.server.http.ErrorMapping;
import org.neurite.server.http.Json;
import org.neurite.server.http.SecurityHeaders;
import org.neurite.server.jobs.JobRoutes;
import org.neurite.server.jobs.Jobs;
import org.neurite.server.mnist.MnistDataRoute;
import org.neurite.server.models.ModelRoutes;
import org.neurite.server.models.ModelStore;

/** Builds the configured, unstarted Neurite server. {@link Main} starts it; tests start it on a free port. */
public final class App {

    /**
     * The classpath directory holding the site: the server jar puts {@code static/} there, the web jar
     * puts the compiled bundle under {@code bundle/}; one static-files entry serves both.
     */
    static final String PUBLIC_DIR = "/public";
    /** Static files up to this size are kept compressed in memory (the whole site is a few megabytes). */
    static final int PRECOMPRESS_MAX_BYTES = 2 * 1024 * 1024;
    /** Stored models live in this directory of the data dir. */
    static final String MODELS_DIR = "models";
    /**
     * Pages and styles keep their URLs from build to build: caches must ask before reusing them. So does the bundle,
     * unless asked for with its build's version ({@link BundleCaching}).
     */
    static final String REVALIDATE = "no-cache";
    /** A WebJar's URL names its version, so what it serves never changes. */
    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";
    static final String WEBJARS_PATH = "/webjars";

    private App() {
    }

    public static Javalin create(AppSettings settings) {
        return create(settings, new Jobs(settings.training()));
    }

    /** The app around a given job pool (tests look into its jobs); the app stops the pool when it stops. */
    public static Javalin create(AppSettings settings, Jobs jobs) {
        ModelStore models = ModelStore.open(settings.dataDir().resolve(MODELS_DIR), settings.maxStoreBytes());
        SecurityHeaders headers = new SecurityHeaders(settings.hosting().frameAncestors(),
                settings.hosting().dataOrigins());
        return Javalin.create(config -> {
            // Behind a reverse proxy at /nn/, every page, file and route lives under /nn.
            config.router.contextPath = settings.hosting().basePath().isEmpty() ? "/" : settings.hosting().basePath();
            config.startup.showJavalinBanner = false;
            config.jsonMapper(Json.javalinMapper());
            config.http.maxRequestSize = jobs.limits().maxRequestBytes();
            config.events.serverStopping(jobs::close);
            config.jetty.modifyHttpConfiguration(http -> http.addCustomizer(headers));
            serveStaticFiles(config);
            config.jetty.modifyServletContextHandler(context -> context.addFilter(EncodingEtags.class, "/*",
                    EnumSet.of(DispatcherType.REQUEST)));
            config.routes.after(EncodingEtags::tagEncoding);
            config.routes.after(BundleCaching.PATH, BundleCaching.ofClasspath()::apply);
            MnistDataRoute.register(config.routes, settings.mnist());
            config.routes.get(ServerInfo.PATH, ctx -> ctx.json(ServerInfo.of(jobs.limits(), settings.hosting())));
            JobRoutes.register(config.routes, jobs, settings.mnist(), models);
            ModelRoutes.register(config.routes, models);
            ErrorMapping.configure(config);
        });
    }

    private static void serveStaticFiles(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = PUBLIC_DIR;
            files.location = Location.CLASSPATH;
            // Browsers refuse to compile WebAssembly streamed with any other type.
            files.mimeTypes.add("application/wasm", "wasm");
            // Pages, styles and the bundle (the largest file is about half a megabyte) are compressed once
            // and kept, not compressed again for every student who opens a page.
            files.precompressMaxSize = PRECOMPRESS_MAX_BYTES;
            files.headers = Map.of("Cache-Control", REVALIDATE);
        });
        // Javalin's enableWebjars() with a year of caching: the version is in every WebJar URL.
        config.staticFiles.add(files -> {
            files.hostedPath = WEBJARS_PATH;
            files.directory = "META-INF/resources/webjars";
            files.location = Location.CLASSPATH;
            files.precompressMaxSize = PRECOMPRESS_MAX_BYTES;
            files.headers = Map.of("Cache-Control", CACHE_FOREVER);
        });
    }
}
