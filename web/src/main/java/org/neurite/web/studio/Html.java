package org.neurite.web.studio;

import org.neurite.web.dom.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** Building blocks for the elements the Studio makes at run time (table rows, layer rows, gallery tiles). */
final class Html {
    private Html() {
    }

    /** A new {@code tag} with CSS class {@code className} (may be empty) and {@code text} inside. */
    static HTMLElement of(String tag, String className, String text) {
        HTMLElement element = Dom.element(tag, text);
        if (!className.isEmpty()) {
            element.setAttribute("class", className);
        }
        return element;
    }

    /** A new {@code <canvas>} of {@code width x height} pixels. */
    static HTMLElement canvas(String className, int width, int height) {
        HTMLElement canvas = (HTMLElement) HTMLDocument.current().createElement("canvas");
        canvas.setAttribute("class", className);
        canvas.setAttribute("width", Integer.toString(width));
        canvas.setAttribute("height", Integer.toString(height));
        return canvas;
    }

    /** A {@code <button type="button">}. */
    static HTMLElement button(String className, String text, String label) {
        HTMLElement button = of("button", className, text);
        button.setAttribute("type", "button");
        if (label != null) {
            button.setAttribute("aria-label", label);
            button.setAttribute("title", label);
        }
        return button;
    }

    /** Removes every child of {@code element}. */
    @JSBody(params = "element", script = "element.replaceChildren();")
    static native void clear(HTMLElement element);

    /** Sets or removes the boolean attribute {@code name} ({@code disabled}, {@code hidden}...). */
    static void flag(HTMLElement element, String name, boolean on) {
        if (on) {
            element.setAttribute(name, "");
        } else {
            element.removeAttribute(name);
        }
    }

    /** The value of an {@code <input>} or {@code <select>}. */
    @JSBody(params = "element", script = "return element.value;")
    static native String value(HTMLElement element);

    @JSBody(params = { "element", "value" }, script = "element.value = value;")
    static native void setValue(HTMLElement element, String value);
}
