package org.neurite.web.studio;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.typedarrays.ArrayBuffer;
import org.teavm.jso.typedarrays.Int8Array;

/** Files in and out of the page as bytes: the file a person picked, and a download of bytes the page made. */
final class FileBytes {
    private FileBytes() {
    }

    /** Gets the picked file's name and bytes, or its name and why it could not be read ({@code bytes} null). */
    @JSFunctor
    interface Loaded extends JSObject {
        void loaded(String name, ArrayBuffer bytes, String error);
    }

    /** Calls {@code loaded} each time a file is picked in {@code input}; the choice is cleared so the same file can be picked again. */
    @JSBody(params = { "input", "loaded" }, script = ""
            + "input.addEventListener('change', function () {"
            + "  var file = input.files && input.files[0]; if (!file) { return; }"
            + "  input.value = '';"
            + "  file.arrayBuffer().then(function (b) { loaded(file.name, b, null); },"
            + "    function (e) { loaded(file.name, null, (e && e.message) || 'the browser could not read it'); });"
            + "});")
    static native void onPick(HTMLElement input, Loaded loaded);

    static byte[] toJava(ArrayBuffer buffer) {
        return Int8Array.create(buffer).copyToJavaArray();
    }

    /** Saves {@code bytes} as a file called {@code name} on the person's machine. */
    static void save(String name, byte[] bytes) {
        saveBytes(name, Int8Array.copyFromJavaArray(bytes));
    }

    @JSBody(params = { "name", "bytes" }, script = ""
            + "var url = URL.createObjectURL(new Blob([bytes], {type: 'application/octet-stream'}));"
            + "var a = document.createElement('a'); a.href = url; a.download = name;"
            + "document.body.appendChild(a); a.click(); document.body.removeChild(a);"
            + "setTimeout(function () { URL.revokeObjectURL(url); }, 10000);")
    private static native void saveBytes(String name, Int8Array bytes);
}
