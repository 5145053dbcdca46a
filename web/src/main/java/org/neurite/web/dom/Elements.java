package org.neurite.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/** DOM facts and edits the JSO interfaces lack: sizes of scrolled content, class toggles, building blocks. */
public final class Elements {
    private Elements() {
    }

    @JSBody(params = "element", script = "return element.scrollWidth;")
    public static native int scrollWidth(HTMLElement element);

    @JSBody(params = "element", script = "return element.scrollHeight;")
    public static native int scrollHeight(HTMLElement element);

    /** Adds class {@code name} when {@code on}, removes it otherwise. */
    @JSBody(params = { "element", "name", "on" }, script = "element.classList.toggle(name, on);")
    public static native void toggleClass(HTMLElement element, String name, boolean on);

    /** A new {@code tag} element with the CSS class {@code className} and {@code text} inside. */
    public static HTMLElement of(String tag, String className, String text) {
        HTMLElement element = Dom.element(tag, text);
        if (!className.isEmpty()) {
            element.setAttribute("class", className);
        }
        return element;
    }

    /** Sets or removes the boolean attribute {@code name} ({@code disabled}, {@code hidden}...). */
    public static void flag(HTMLElement element, String name, boolean on) {
        if (on) {
            element.setAttribute(name, "");
        } else {
            element.removeAttribute(name);
        }
    }

    /** Hides or shows every element marked {@code data-control="name"} for a name in {@code names}. */
    @JSBody(params = { "names", "className" }, script = ""
            + "var hidden = names ? names.split(',') : [];"
            + "document.querySelectorAll('[data-control]').forEach(function (control) {"
            + "  control.classList.toggle(className, hidden.indexOf(control.getAttribute('data-control')) >= 0); });")
    public static native void markControls(String names, String className);
}
