package org.neurite.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads and checks the values of {@code --host}, {@code --base-path}, {@code --frame-ancestors},
 * {@code --embed-origins} and {@code --data-origins}. They end up in response headers and in the pages' configuration, so anything that
 * could break out of a header or a CSP directive is refused with a message saying what is allowed.
 */
final class HostingValues {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\-\\[\\]%]+");
    private static final Pattern PATH_SEGMENT = Pattern.compile("[A-Za-z0-9._~\\-]+");
    /** A CSP source: a scheme ("https:"), a host source with optional scheme, port and wildcard, or a keyword. */
    private static final Pattern SOURCE = Pattern.compile(
            "\\*|'self'|'none'|[a-z][a-z0-9+.\\-]*:|([a-z][a-z0-9+.\\-]*://)?(\\*\\.)?[a-z0-9\\-]+(\\.[a-z0-9\\-]+)*(:(\\d+|\\*))?");

    private HostingValues() {
    }

    static String host(String value) throws UsageException {
        String host = value.strip();
        if (host.isEmpty() || !HOST.matcher(host).matches()) {
            throw new UsageException("--host needs a host name or IP address (127.0.0.1, 0.0.0.0, ::1, myserver.edu),"
                    + " got '" + value + "'");
        }
        return host;
    }

    /** "/nn/" and "nn" become "/nn"; "/" and "" become "" (the root). */
    static String basePath(String value) throws UsageException {
        String path = value.strip();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty()) {
            return "";
        }
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        for (String segment : path.substring(1).split("/", -1)) {
            if (!PATH_SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
                throw new UsageException("--base-path must be a URL path like /nn or /courses/nn (letters, digits,"
                        + " '.', '_', '~', '-' between slashes), got '" + value + "'");
            }
        }
        return path;
    }

    /** CSP sources separated by spaces or commas: {@code *}, {@code 'self'}, {@code 'none'}, {@code https://lms.example.edu}. */
    static List<String> frameAncestors(String value) throws UsageException {
        List<String> sources = new ArrayList<>();
        for (String token : value.strip().split("[\\s,]+")) {
            String source = token.toLowerCase(Locale.ROOT);
            if (source.equals("self") || source.equals("none")) {
                source = "'" + source + "'";
            }
            if (source.isEmpty() || !SOURCE.matcher(source).matches()) {
                throw new UsageException("--frame-ancestors takes sites that may embed the pages, separated by"
                        + " spaces or commas: '*' (any), 'self', 'none', https://lms.example.edu or https://*.example.edu;"
                        + " got '" + token + "'");
            }
            sources.add(source);
        }
        if (sources.contains("'none'") && sources.size() > 1) {
            throw new UsageException("--frame-ancestors 'none' cannot be combined with other sources");
        }
        return sources;
    }

    /** Origins ({@code scheme://host[:port]}) separated by spaces or commas, or {@code none}; {@code option} names them. */
    static List<String> origins(String option, String value) throws UsageException {
        List<String> origins = new ArrayList<>();
        if (value.isBlank() || value.strip().equalsIgnoreCase("none")) {
            return origins;
        }
        for (String token : value.strip().split("[\\s,]+")) {
            origins.add(origin(option, token));
        }
        return origins;
    }

    private static String origin(String option, String token) throws UsageException {
        String problem = option + " takes origins such as https://lms.example.edu or http://localhost:8000"
                + " (scheme, host and port only), separated by commas; got '" + token + "'";
        URI uri;
        try {
            uri = new URI(token.endsWith("/") ? token.substring(0, token.length() - 1) : token);
        } catch (URISyntaxException e) {
            throw new UsageException(problem);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean bare = uri.getRawPath() != null && uri.getRawPath().isEmpty() && uri.getRawQuery() == null
                && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !bare) {
            throw new UsageException(problem);
        }
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
