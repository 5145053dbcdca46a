package org.neurite.web.studio;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** The preset radio buttons (MLP, Deeper MLP, Quick CNN, CNN, Custom): a keyboard-native choice of one. */
final class PresetChoice {
    private static final String NAME = "st-preset";

    @JSFunctor
    interface Picked extends JSObject {
        void picked(String id);
    }

    void onPick(Picked picked) {
        listen(NAME, picked);
    }

    void select(String id) {
        check(NAME, id);
    }

    void setEnabled(boolean enabled) {
        enable(NAME, enabled);
    }

    @JSBody(params = { "name", "picked" }, script = ""
            + "document.querySelectorAll('input[name=\"' + name + '\"]').forEach(function (r) {"
            + "  r.addEventListener('change', function () { if (r.checked) { picked(r.value); } }); });")
    private static native void listen(String name, Picked picked);

    @JSBody(params = { "name", "id" }, script = ""
            + "document.querySelectorAll('input[name=\"' + name + '\"]').forEach(function (r) {"
            + "  r.checked = r.value === id; });")
    private static native void check(String name, String id);

    @JSBody(params = { "name", "enabled" }, script = ""
            + "document.querySelectorAll('input[name=\"' + name + '\"]').forEach(function (r) {"
            + "  r.disabled = !enabled; });")
    private static native void enable(String name, boolean enabled);
}
