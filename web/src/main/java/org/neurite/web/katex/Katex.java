package org.neurite.web.katex;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Typesets TeX with KaTeX (the WebJar, loaded by the page with {@code <script defer>}). Static formulas in
 * the HTML are rendered by KaTeX's auto-render on load; this is for formulas a page writes later.
 */
public final class Katex {
    private Katex() {
    }

    /** Whether the page loaded KaTeX. */
    @JSBody(script = "return typeof katex !== 'undefined';")
    public static native boolean isLoaded();

    /**
     * Replaces the content of {@code element} with {@code tex} typeset, inline or as a display formula.
     * Without KaTeX (a page that did not load it) the element gets {@code fallbackText}, never raw TeX.
     */
    public static void render(HTMLElement element, String tex, boolean display, String fallbackText) {
        if (isLoaded()) {
            renderWithKatex(element, tex, display);
        } else {
            element.setTextContent(fallbackText);
        }
    }

    @JSBody(params = { "element", "tex", "display" },
            script = "katex.render(tex, element, { displayMode: display, throwOnError: false });")
    private static native void renderWithKatex(HTMLElement element, String tex, boolean display);
}
