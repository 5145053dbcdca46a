package org.neurite.web.studio;

import org.neurite.web.dom.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** "Copy embed code": an {@code <iframe>} of this setup without the site's chrome ({@code ?embed}), for a course page. */
final class EmbedCode {
    @JSFunctor
    interface Copied extends JSObject {
        void copied(boolean ok);
    }

    private EmbedCode() {
    }

    static void wire(FilesPanel files) {
        Dom.byId("st-embed").onClick(e -> {
            String code = "<iframe src=\"" + address() + "?embed" + hash() + "\" title=\"MNIST Studio\" "
                    + "width=\"100%\" height=\"1400\" style=\"border:0\" loading=\"lazy\"></iframe>";
            copy(code, ok -> files.status(ok ? "ok" : "error", ok ? "Embed code copied: " + code
                    : "Copying was refused by the browser; here is the code to copy by hand: " + code));
        });
    }

    @JSBody(script = "return location.origin + location.pathname;")
    private static native String address();

    @JSBody(script = "return location.hash;")
    private static native String hash();

    @JSBody(params = { "text", "copied" }, script = ""
            + "function fallback() {"
            + "  var area = document.createElement('textarea'); area.value = text; area.setAttribute('readonly', '');"
            + "  area.style.position = 'fixed'; area.style.opacity = '0'; document.body.appendChild(area);"
            + "  area.select(); var ok = false; try { ok = document.execCommand('copy'); } catch (e) { ok = false; }"
            + "  document.body.removeChild(area); copied(ok);"
            + "}"
            + "if (navigator.clipboard && window.isSecureContext) {"
            + "  navigator.clipboard.writeText(text).then(function () { copied(true); }, fallback);"
            + "} else { fallback(); }")
    private static native void copy(String text, Copied copied);
}
