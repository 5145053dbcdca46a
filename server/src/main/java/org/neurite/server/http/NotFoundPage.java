package org.neurite.server.http;

/** The page a person sees for a URL that does not exist: says so, and links home. */
final class NotFoundPage {

    private NotFoundPage() {
    }

    /** {@code basePath}: where the site lives ("" at the root, else e.g. "/nn"), for the style and the home link. */
    static String html(String path, String basePath) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Not found - Neurite</title><link rel="stylesheet" href="$base/css/site.css"></head>
                <body><main class="page narrow"><h1>Page not found</h1>
                <p>There is no page at <code>%s</code>.</p>
                <p><a class="button" href="$base/">Back to the Neurite home page</a></p></main></body>
                </html>
                """.replace("$base", basePath).replace("%s", escape(path));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
