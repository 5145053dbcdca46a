package org.neurite.server.http;

/** The page a person sees for a URL that does not exist: says so, and links home. */
final class NotFoundPage {

    private NotFoundPage() {
    }

    static String html(String path) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Not found - Neurite</title><link rel="stylesheet" href="/css/site.css"></head>
                <body><main class="page narrow"><h1>Page not found</h1>
                <p>There is no page at <code>%s</code>.</p>
                <p><a class="button" href="/">Back to the Neurite home page</a></p></main></body>
                </html>
                """.replace("%s", escape(path));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
