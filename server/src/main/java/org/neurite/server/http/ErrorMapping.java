package org.neurite.server.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ExceptionHandler;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every exception becomes a response here and nowhere else. A user's mistake is a 4xx with a JSON
 * {@link ErrorBody} saying what was wrong and how to fix it; only a bug in the server is a 500.
 */
public final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    /**
     * The whole error set-up of the server: the mappings below, 405 with {@code Allow} for a known path asked
     * with the wrong method, and Jetty's own rejections as JSON ({@link JsonErrorHandler}).
     */
    public static void configure(JavalinConfig config) {
        config.http.prefer405over404 = true;
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        config.router.javaLangErrorHandler((response, error) -> {
            try {
                LOG.error("Error while serving a request", error);
            } catch (Throwable ignored) {
                // Logging itself may need a class that cannot load; the answer below matters more.
            }
            bare500(response);
        });
        register(config.routes);
    }

    public static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, guarded((e, ctx) -> {
            e.headers().forEach(ctx::header);
            ctx.status(e.status()).json(e.body());
        }));
        routes.exception(JacksonException.class, guarded((e, ctx) -> ctx.status(400).json(new ErrorBody(
                "The request body is not the JSON this endpoint expects: " + firstLine(e.getOriginalMessage())
                        + where(e),
                "Send one JSON object with the documented fields; check quotes, commas, field names and types."))));
        routes.exception(UnrecognizedPropertyException.class, guarded((e, ctx) -> ctx.status(400).json(new ErrorBody(
                "Unknown field '" + e.getPropertyName() + "'" + where(e),
                "Leave it out or correct its spelling; the fields here are " + names(e.getKnownPropertyIds()) + "."))));
        routes.exception(HttpResponseException.class, guarded(ErrorMapping::javalinResponse));
        routes.exception(Exception.class, guarded((e, ctx) -> {
            LOG.error("Unexpected failure serving {} {}", ctx.method(), ctx.path(), e);
            ctx.status(500).json(new ErrorBody("Internal error: " + e.getClass().getSimpleName(),
                    "This is a bug in Neurite, not in your request; the server log has the details."));
        }));
    }

    /**
     * A handler that never throws back into Javalin. Javalin's fallback for a throwing handler loads classes of its
     * own (its logger, its 500 response), and when its exception path itself fails (a class that cannot be loaded
     * because the jar was rebuilt under the server) it runs that path again on the same thread, without end. So
     * whatever fails here ends the request as a bare 500 that needs no class not already loaded.
     */
    static <E extends Exception> ExceptionHandler<E> guarded(ExceptionHandler<E> handler) {
        return (e, ctx) -> {
            try {
                handler.handle(e, ctx);
            } catch (Throwable failure) {
                try {
                    LOG.error("The error handler for {} failed", e.getClass().getName(), failure);
                } catch (Throwable ignored) {
                    // Logging itself may need a class that cannot load; the answer below matters more.
                }
                bare500(ctx.res());
            }
        };
    }

    /** Errors (not exceptions) thrown by a handler: a bare 500 that needs no class not already loaded. */
    static void bare500(HttpServletResponse response) {
        try {
            response.setStatus(500);
        } catch (Throwable ignored) {
            // Nothing more can be done for this request; what matters is that the thread returns.
        }
    }

    /** Javalin's own exceptions: unknown routes, wrong methods, validation failures. */
    private static void javalinResponse(HttpResponseException e, Context ctx) {
        ctx.status(e.getStatus());
        if (e.getStatus() < 400) {
            return;
        }
        String path = ctx.path().substring(ctx.contextPath().length());
        if (e.getStatus() == 404 && !isMachinePath(path)) {
            ctx.html(NotFoundPage.html(ctx.path(), ctx.contextPath()));
            return;
        }
        if (e.getStatus() == 405) {
            String allowed = e.getDetails().getOrDefault("availableMethods", "");
            if (!allowed.isEmpty()) {
                ctx.header("Allow", allowed);
            }
            ctx.json(new ErrorBody("Method " + ctx.method() + " is not allowed on " + ctx.path(),
                    allowed.isEmpty() ? "Check the method; docs/api.md lists each route's."
                            : "This URL answers " + allowed + "."));
            return;
        }
        if (e.getStatus() == 413) {
            ctx.json(new ErrorBody("The request body is larger than this server accepts",
                    "Job requests take up to 8 MB (a CSV dataset of a few megabytes); model uploads up to the file"
                            + " size of a model with the server's --max-params parameters."));
            return;
        }
        ctx.json(e.getStatus() == 404
                ? new ErrorBody("No such endpoint: " + ctx.method() + " " + ctx.path(),
                        "Check the URL. MNIST files are at " + ctx.contextPath().replaceAll("/$", "")
                                + "/data/mnist/<name>; the API lives under " + ctx.contextPath().replaceAll("/$", "")
                                + "/api/ (GET " + ctx.contextPath().replaceAll("/$", "")
                                + "/api/server says what this server offers; docs/api.md lists every route).")
                : new ErrorBody(e.getMessage(), "Check the request's method, URL and parameters."));
    }

    /** Paths read by programs get JSON errors; everything else is a page a person is looking at. */
    static boolean isMachinePath(String path) {
        return path.startsWith("/api/") || path.startsWith("/data/") || path.equals("/api") || path.equals("/data");
    }

    /** " (in dataset.samples)" for a problem inside the body, else nothing. */
    private static String where(JacksonException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        int dot = path.lastIndexOf(".");
        boolean unknownField = e instanceof UnrecognizedPropertyException;
        if (unknownField) {
            return dot < 0 ? "" : " in " + path.substring(0, dot);
        }
        return path.length() == 0 ? "" : " (at " + path + ")";
    }

    private static String names(Collection<Object> ids) {
        return ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable body";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
