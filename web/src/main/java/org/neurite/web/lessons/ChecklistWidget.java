package org.neurite.web.lessons;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.xml.NodeList;

/**
 * Lesson 11's checklist for the Studio: the ticks are remembered in this browser (localStorage), so a
 * student can come back to the list after training.
 */
final class ChecklistWidget {
    private static final String KEY_PREFIX = "neurite.lesson11.";

    ChecklistWidget() {
        NodeList<?> boxes = HTMLDocument.current().querySelectorAll("#checklist input[type=checkbox]");
        for (int i = 0; i < boxes.getLength(); i++) {
            HTMLInputElement box = (HTMLInputElement) boxes.get(i);
            String key = KEY_PREFIX + box.getAttribute("id");
            box.setChecked("true".equals(load(key)));
            box.addEventListener("change", event -> save(key, box.isChecked() ? "true" : "false"));
        }
    }

    /** The stored value, or "" when storage is unavailable (private mode) or empty. */
    @JSBody(params = { "key" },
            script = "try { return window.localStorage.getItem(key) || ''; } catch (e) { return ''; }")
    private static native String load(String key);

    @JSBody(params = { "key", "value" }, script = "try { window.localStorage.setItem(key, value); } catch (e) { }")
    private static native void save(String key, String value);
}
