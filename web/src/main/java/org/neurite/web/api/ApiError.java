package org.neurite.web.api;

import org.neurite.web.worker.Js;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * What a failed API call says, as a sentence for the page: the server's own {@code error} and {@code hint} when it
 * sent its JSON error body, otherwise the status, and for status 0 that the server could not be reached.
 */
public final class ApiError {
    private ApiError() {
    }

    public static String describe(int status, String body) {
        if (status == 0) {
            return "The server could not be reached (" + body + ").";
        }
        JSObject json = parseOrNull(body == null ? "" : body);
        String error = Js.string(json, "error");
        if (error == null) {
            return "The server answered " + status + (status == 404 ? ": it has no such API (a static copy of the site?)."
                    : ".");
        }
        String hint = Js.string(json, "hint");
        return sentence(error) + (hint == null || hint.isEmpty() ? "" : " " + sentence(hint));
    }

    private static String sentence(String text) {
        String t = text.trim();
        return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
    }

    /** The object of a JSON text, or null when it is not one. */
    /** The object of a JSON text, or null when it is not one. */
    @JSBody(params = "text", script = "try { var v = JSON.parse(text); return v && typeof v === 'object' ? v : null; }"
            + " catch (e) { return null; }")
    public static native JSObject parseOrNull(String text);
}
