package org.neurite.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLDocument;
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

    /**
     * Shows every element marked {@code data-control="name"} for a name in {@code names} as locked: greyed out
     * ({@code .locked}) and {@code inert}, so neither pointer nor keyboard can change it; the others are unlocked.
     */
    @JSBody(params = "names", script = ""
            + "var locked = names ? names.split(',') : [];"
            + "document.querySelectorAll('[data-control]').forEach(function (control) {"
            + "  var on = locked.indexOf(control.getAttribute('data-control')) >= 0;"
            + "  control.classList.toggle('locked', on); control.inert = on;"
            + "  if (on) { control.setAttribute('title', 'Locked by the course page'); }"
            + "  else if (control.getAttribute('title') === 'Locked by the course page') { control.removeAttribute('title'); }"
            + "});")
    public static native void lockControls(String names);

    /** A new {@code <canvas>} of {@code width x height} pixels with the CSS class {@code className}. */
    public static HTMLElement canvas(String className, int width, int height) {
        HTMLElement canvas = (HTMLElement) HTMLDocument.current().createElement("canvas");
        canvas.setAttribute("class", className);
        canvas.setAttribute("width", Integer.toString(width));
        canvas.setAttribute("height", Integer.toString(height));
        return canvas;
    }

    /** A {@code <button type="button">}; {@code label}, when not null, is its accessible name and tooltip. */
    public static HTMLElement button(String className, String text, String label) {
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
    public static native void clear(HTMLElement element);

    /** The value of an {@code <input>} or {@code <select>}. */
    @JSBody(params = "element", script = "return element.value;")
    public static native String value(HTMLElement element);

    @JSBody(params = { "element", "value" }, script = "element.value = value;")
    public static native void setValue(HTMLElement element, String value);
}
