package org.neurite.web.run;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * A server-sent event stream ({@code EventSource}). The browser reconnects on its own after a dropped connection
 * (sending the last event's id, so nothing is seen twice); a stream the server ended for good must be closed by
 * its reader, or the browser would open it again.
 */
final class EventStream {
    @JSFunctor
    interface Message extends JSObject {
        void message(String data);
    }

    /** The stream failed; {@code closed} when the browser gave up on it (it will not reconnect). */
    @JSFunctor
    interface Failure extends JSObject {
        void failed(boolean closed);
    }

    private final JSObject source;

    EventStream(String url, Message onMessage, Failure onFailure) {
        source = open(url, onMessage, onFailure);
    }

    void close() {
        close(source);
    }

    @JSBody(params = { "url", "onMessage", "onFailure" }, script = ""
            + "var source = new EventSource(url);"
            + "source.onmessage = function (e) { onMessage(e.data); };"
            + "source.onerror = function () { onFailure(source.readyState === EventSource.CLOSED); };"
            + "return source;")
    private static native JSObject open(String url, Message onMessage, Failure onFailure);

    @JSBody(params = "source", script = "source.close();")
    private static native void close(JSObject source);
}
