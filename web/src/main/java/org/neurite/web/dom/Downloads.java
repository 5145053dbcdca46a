package org.neurite.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSString;
import org.teavm.jso.typedarrays.Int8Array;

/** Saves bytes or text the page made as a file on the user's machine. */
public final class Downloads {
    private Downloads() {
    }

    public static void saveBytes(String fileName, byte[] bytes, String mimeType) {
        save(fileName, Int8Array.copyFromJavaArray(bytes), mimeType);
    }

    public static void saveText(String fileName, String text, String mimeType) {
        save(fileName, JSString.valueOf(text), mimeType);
    }

    /** {@code part} is what a {@code Blob} is made of: the bytes, or the text. */
    @JSBody(params = { "name", "part", "type" }, script = ""
            + "var url = URL.createObjectURL(new Blob([part], {type: type}));"
            + "var link = document.createElement('a'); link.href = url; link.download = name;"
            + "document.body.appendChild(link); link.click(); document.body.removeChild(link);"
            + "setTimeout(function () { URL.revokeObjectURL(url); }, 10000);")
    private static native void save(String name, JSObject part, String type);
}
