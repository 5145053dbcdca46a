package org.neurite.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLInputElement;

/** Reads the file chosen in an {@code <input type="file">} as text. */
public final class FileText {
    private FileText() {
    }

    /** Gets the file's name and text, or its name and why it could not be read ({@code text} is then null). */
    @JSFunctor
    public interface Loaded extends JSObject {
        void loaded(String name, String text, String error);
    }

    /**
     * Reads the first chosen file of {@code input}, if any, and clears the choice, so choosing the same file
     * again (after fixing it) reads it again.
     */
    @JSBody(params = { "input", "loaded" }, script = ""
            + "var file = input.files && input.files[0]; if (!file) { return; }"
            + "input.value = '';"
            + "file.text().then(function (content) { loaded(file.name, content, null); },"
            + "  function (failure) { loaded(file.name, null, (failure && failure.message) || 'the browser could not read it'); });")
    public static native void readChosen(HTMLInputElement input, Loaded loaded);
}
