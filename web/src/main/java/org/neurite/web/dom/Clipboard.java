package org.neurite.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** Copies text for the user; falls back to a selected text area where the Clipboard API is unavailable. */
public final class Clipboard {
    private Clipboard() {
    }

    /** Called with whether the copy worked. */
    @JSFunctor
    public interface Done extends JSObject {
        void done(boolean copied);
    }

    @JSBody(params = { "text", "done" }, script = ""
            + "function fallback() {"
            + "  var area = document.createElement('textarea'); area.value = text;"
            + "  area.setAttribute('readonly', ''); area.style.position = 'fixed'; area.style.opacity = '0';"
            + "  document.body.appendChild(area); area.select();"
            + "  var copied = false; try { copied = document.execCommand('copy'); } catch (failure) { copied = false; }"
            + "  document.body.removeChild(area); done(copied);"
            + "}"
            + "if (navigator.clipboard && window.isSecureContext) {"
            + "  navigator.clipboard.writeText(text).then(function () { done(true); }, fallback);"
            + "} else { fallback(); }")
    public static native void copy(String text, Done done);
}
