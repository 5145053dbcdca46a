package org.neurite.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.typedarrays.Int8Array;

/** Saves bytes or text the page made as a file on the user's machine. */
public final class Downloads {
    private Downloads() {
    }

    public static void saveBytes(String fileName, byte[] bytes, String mimeType) {
        save(fileName, Int8Array.copyFromJavaArray(bytes), mimeType);
    }

    public static void saveText(String fileName, String text, String mimeType) {
        saveString(fileName, text, mimeType);
    }

    @JSBody(params = { "name", "bytes", "type" }, script = ""
            + "var url = URL.createObjectURL(new Blob([bytes], {type: type}));"
            + "var link = document.createElement('a'); link.href = url; link.download = name;"
            + "document.body.appendChild(link); link.click(); document.body.removeChild(link);"
            + "setTimeout(function () { URL.revokeObjectURL(url); }, 10000);")
    private static native void save(String name, Int8Array bytes, String type);

    @JSBody(params = { "name", "text", "type" }, script = ""
            + "var url = URL.createObjectURL(new Blob([text], {type: type}));"
            + "var link = document.createElement('a'); link.href = url; link.download = name;"
            + "document.body.appendChild(link); link.click(); document.body.removeChild(link);"
            + "setTimeout(function () { URL.revokeObjectURL(url); }, 10000);")
    private static native void saveString(String name, String text, String type);
}
