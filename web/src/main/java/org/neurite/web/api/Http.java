package org.neurite.web.api;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSString;
import org.teavm.jso.typedarrays.ArrayBuffer;

/**
 * The few HTTP calls the pages make to the server's API, through {@code fetch}. Every answer arrives on the page
 * thread as a status and a body; a request that never reached the server answers status 0 and the browser's
 * reason, so a caller has one path for "it did not work".
 */
public final class Http {
    private Http() {
    }

    /** A text answer: the status (0 when the request failed on the way) and the body (or the failure's reason). */
    @JSFunctor
    public interface TextAnswer extends JSObject {
        void answer(int status, String body);
    }

    /** A bytes answer: the body as bytes when the status is 2xx, otherwise null and the body as text. */
    @JSFunctor
    public interface BytesAnswer extends JSObject {
        void answer(int status, ArrayBuffer bytes, String text);
    }

    public static void text(String method, String url, TextAnswer answer) {
        send(method, url, null, null, answer);
    }

    public static void postJson(String url, String json, TextAnswer answer) {
        send("POST", url, "application/json", JSString.valueOf(json), answer);
    }

    public static void postBytes(String url, JSObject bytes, TextAnswer answer) {
        send("POST", url, "application/octet-stream", bytes, answer);
    }

    @JSBody(params = { "method", "url", "contentType", "body", "answer" }, script = ""
            + "var headers = {'Accept': 'application/json'};"
            + "if (contentType) { headers['Content-Type'] = contentType; }"
            + "fetch(url, {method: method, headers: headers, body: body})"
            + "  .then(function (r) { return r.text().then(function (t) { answer(r.status, t); }); })"
            + "  .catch(function (e) { answer(0, (e && e.message) || String(e)); });")
    private static native void send(String method, String url, String contentType, JSObject body, TextAnswer answer);

    @JSBody(params = { "url", "answer" }, script = ""
            + "fetch(url, {cache: 'no-store'}).then(function (r) {"
            + "  if (r.ok) { return r.arrayBuffer().then(function (b) { answer(r.status, b, null); }); }"
            + "  return r.text().then(function (t) { answer(r.status, null, t); });"
            + "}).catch(function (e) { answer(0, null, (e && e.message) || String(e)); });")
    public static native void bytes(String url, BytesAnswer answer);

    /** {@code encodeURIComponent}: a value safe inside a query. */
    @JSBody(params = "value", script = "return encodeURIComponent(value);")
    public static native String encode(String value);

    public static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }
}
