package org.neurite.web.playground.ui;

import org.neurite.web.dom.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/** The small label that follows the pointer over a link: its weight and gradient. */
final class Tooltip {
    private final HTMLElement element = Dom.byId("pg-tooltip");

    /** Shows {@code text} near (x, y) of {@code anchor}'s box (CSS pixels). */
    void show(String text, HTMLElement anchor, double x, double y) {
        if (!text.equals(element.getTextContent())) {
            element.setTextContent(text);
        }
        element.setHidden(false);
        place(element, anchor, x, y);
    }

    /** New text in the same place (the value under the pointer changed, the pointer did not move). */
    void retext(String text) {
        if (!text.equals(element.getTextContent())) {
            element.setTextContent(text);
        }
    }

    void hide() {
        element.setHidden(true);
    }

    @JSBody(params = { "tip", "anchor", "x", "y" }, script = ""
            + "var box = anchor.getBoundingClientRect();"
            + "var left = Math.min(window.innerWidth - tip.offsetWidth - 8, box.left + x + 14);"
            + "tip.style.left = Math.max(8, left) + 'px'; tip.style.top = (box.top + y + 16) + 'px';")
    private static native void place(HTMLElement tip, HTMLElement anchor, double x, double y);
}
