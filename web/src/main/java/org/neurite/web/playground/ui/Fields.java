package org.neurite.web.playground.ui;

import org.neurite.web.dom.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/** Small helpers over form controls, looked up once by id. */
final class Fields {
    private Fields() {
    }

    static HTMLInputElement input(String id) {
        return (HTMLInputElement) Dom.byId(id);
    }

    static HTMLSelectElement select(String id) {
        return (HTMLSelectElement) Dom.byId(id);
    }

    /** Calls {@code handler} on every {@code type} event ("change", "input", "click"...). */
    static void on(HTMLElement element, String type, Runnable handler) {
        element.addEventListener(type, (Event event) -> handler.run());
    }

    /** Sets the value unless the person is typing in it (focused), which a redraw must not disturb. */
    static void showValue(HTMLInputElement input, String value) {
        if (!isFocused(input) && !value.equals(input.getValue())) {
            input.setValue(value);
        }
    }

    /** Shows an error beside a field (or clears it with ""), and marks the field invalid for screen readers. */
    static void showError(HTMLElement field, HTMLElement message, String problem) {
        message.setTextContent(problem == null ? "" : problem);
        if (problem == null || problem.isEmpty()) {
            field.removeAttribute("aria-invalid");
        } else {
            field.setAttribute("aria-invalid", "true");
        }
    }

    /** The radio of group {@code name} that is checked, or "". */
    @JSBody(params = "name", script = ""
            + "var radio = document.querySelector('input[name=\"' + name + '\"]:checked'); return radio ? radio.value : '';")
    static native String checkedRadio(String name);

    /** Checks the radio of group {@code name} with {@code value}. */
    @JSBody(params = { "name", "value" }, script = ""
            + "var radio = document.querySelector('input[name=\"' + name + '\"][value=\"' + value + '\"]');"
            + "if (radio) { radio.checked = true; }")
    static native void checkRadio(String name, String value);

    /** Calls {@code handler} when any radio of group {@code name} is chosen. */
    static void onRadio(String name, Runnable handler) {
        listenRadios(name, handler::run);
    }

    @org.teavm.jso.JSFunctor
    interface Callback extends org.teavm.jso.JSObject {
        void call();
    }

    @JSBody(params = { "name", "handler" }, script = ""
            + "document.querySelectorAll('input[name=\"' + name + '\"]').forEach(function (radio) {"
            + "  radio.addEventListener('change', function () { handler(); }); });")
    private static native void listenRadios(String name, Callback handler);

    @JSBody(params = "element", script = "return document.activeElement === element;")
    static native boolean isFocused(HTMLElement element);

    /** Enables or disables the radio of group {@code name} with {@code value}. */
    @JSBody(params = { "name", "value", "enabled" }, script = ""
            + "var radio = document.querySelector('input[name=\"' + name + '\"][value=\"' + value + '\"]');"
            + "if (radio) { radio.disabled = !enabled; }")
    static native void enableRadio(String name, String value, boolean enabled);
}
