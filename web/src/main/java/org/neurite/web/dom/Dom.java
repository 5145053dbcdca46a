package org.neurite.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** Element lookups and the few page facts every client class needs. Looked up once, at start. */
public final class Dom {
    private Dom() {
    }

    /** The element with {@code id}; a page without it is a broken page, so say which id is missing. */
    public static HTMLElement byId(String id) {
        HTMLElement element = (HTMLElement) HTMLDocument.current().getElementById(id);
        if (element == null) {
            throw new IllegalStateException("this page has no element with id \"" + id
                    + "\"; the script expects it (check the page's HTML)");
        }
        return element;
    }

    /** The element with {@code id}, or null when the page does not have it. */
    public static HTMLElement byIdOrNull(String id) {
        return (HTMLElement) HTMLDocument.current().getElementById(id);
    }

    /** A new element of {@code tag} with {@code text} as its content. */
    public static HTMLElement element(String tag, String text) {
        HTMLElement element = (HTMLElement) HTMLDocument.current().createElement(tag);
        element.setTextContent(text);
        return element;
    }

    /** Which build the loader started: "wasm" or "js" (set by /bundle/loader.js before main runs). */
    @JSBody(script = "return document.documentElement.dataset.engineTarget || '';")
    public static native String engineTarget();

    /** The build's name as a person reads it: "Wasm GC" or "JavaScript". */
    public static String engineTargetName() {
        return "wasm".equals(engineTarget()) ? "Wasm GC" : "JavaScript";
    }

    /**
     * The integer {@code name} in the URL hash ({@code #seed=7} or {@code #a=1&seed=7}), or {@code fallback}
     * when it is absent or not an integer: a link reproduces what the page showed.
     */
    @JSBody(params = { "name", "fallback" }, script = ""
            + "var parts = window.location.hash.substring(1).split('&');"
            + "for (var i = 0; i < parts.length; i++) {"
            + "  var pair = parts[i].split('=');"
            + "  if (pair[0] === name && /^-?[0-9]{1,9}$/.test(pair[1])) { return parseInt(pair[1], 10); }"
            + "}"
            + "return fallback;")
    public static native int hashInt(String name, int fallback);
}
