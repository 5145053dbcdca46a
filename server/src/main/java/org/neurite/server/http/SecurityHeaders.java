package org.neurite.server.http;

import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * The headers every response carries. Set by Jetty on each request before any handler runs, so that pages, the
 * bundle, data, the API, error answers and Jetty's own answers (outside the base path, redirects) all have them. The Content-Security-Policy allows exactly what the pages use: scripts, styles,
 * fonts, images, workers and fetches from the site itself (and data from {@code --data-origins}); WebAssembly compilation; and {@code 'unsafe-eval'},
 * because TeaVM's Wasm GC runtime builds its JavaScript glue with {@code new Function} when it loads. KaTeX and
 * the plots position their output with inline {@code style} attributes, so attributes (not style elements) may
 * carry styles. Who may frame the pages is the instructor's choice ({@code --frame-ancestors}).
 */
public final class SecurityHeaders implements HttpConfiguration.Customizer {

    /** Stored and cached nowhere unless a handler says otherwise (the static files and the MNIST route do). */
    public static final String NO_STORE = "no-store";

    private final String policy;

    /**
     * @param frameAncestors who may frame the pages ({@code --frame-ancestors})
     * @param dataOrigins    other origins the pages may fetch data from ({@code --data-origins})
     */
    public SecurityHeaders(List<String> frameAncestors, List<String> dataOrigins) {
        this.policy = String.join("; ",
                "default-src 'none'",
                "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
                "style-src 'self'",
                "style-src-attr 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "font-src 'self'",
                String.join(" ", "connect-src 'self'", String.join(" ", dataOrigins)).strip(),
                "worker-src 'self'",
                "frame-src 'self'",
                "manifest-src 'self'",
                "base-uri 'none'",
                "form-action 'self'",
                "object-src 'none'",
                "frame-ancestors " + String.join(" ", frameAncestors));
    }

    /** The policy as sent in {@code Content-Security-Policy}. */
    public String policy() {
        return policy;
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable headers) {
        headers.put("Content-Security-Policy", policy);
        headers.put("X-Content-Type-Options", "nosniff");
        // The pages only ever ask their own server; no other site needs to learn which page a student was on.
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Cache-Control", NO_STORE);
        return request;
    }
}
