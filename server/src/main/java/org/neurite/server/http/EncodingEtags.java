package org.neurite.server.http;

import io.javalin.http.Context;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Gives a gzipped static file its own ETag. Javalin tags a file by its size and date whether it sends it plain or
 * gzipped, but the two bodies differ, so a cache must not take one for the other: the gzipped answer's tag gets
 * {@value #SUFFIX} and both answers say {@code Vary: Accept-Encoding}. When a browser revalidates with the gzip tag,
 * the filter hands Javalin the plain tag (so a 304 still comes back) and the 304 repeats the browser's tag.
 */
public final class EncodingEtags implements Filter {

    static final String SUFFIX = "-gzip";
    private static final String IF_NONE_MATCH = "If-None-Match";
    private static final String ASKED_FOR_TAG = EncodingEtags.class.getName() + ".tag";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String tag = http.getHeader(IF_NONE_MATCH);
        if (tag != null) {
            request.setAttribute(ASKED_FOR_TAG, tag);
        }
        if (tag == null || !tag.contains(SUFFIX + "\"")) {
            chain.doFilter(request, response);
            return;
        }
        String plain = tag.replace(SUFFIX + "\"", "\"");
        chain.doFilter(new HttpServletRequestWrapper(http) {
            @Override
            public String getHeader(String name) {
                return IF_NONE_MATCH.equalsIgnoreCase(name) ? plain : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return IF_NONE_MATCH.equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of(plain))
                        : super.getHeaders(name);
            }
        }, response);
    }

    /**
     * After a static file's handler: marks the gzipped form's tag and says the answer depends on the encoding. A 304
     * (which Javalin sends bare) names the tag the browser asked with.
     */
    public static void tagEncoding(Context ctx) {
        String asked = ctx.attribute(ASKED_FOR_TAG);
        if (ctx.status().getCode() == 304 && asked != null && ctx.res().getHeader("ETag") == null) {
            ctx.header("ETag", asked);
            ctx.header("Vary", "Accept-Encoding");
            return;
        }
        String tag = ctx.res().getHeader("ETag");
        if (tag == null || !tag.endsWith("\"")) {
            return;
        }
        ctx.header("Vary", "Accept-Encoding");
        boolean gzipped = "gzip".equalsIgnoreCase(ctx.res().getHeader("Content-Encoding"));
        if (gzipped && !tag.endsWith(SUFFIX + "\"")) {
            ctx.header("ETag", tag.substring(0, tag.length() - 1) + SUFFIX + "\"");
        }
    }
}
