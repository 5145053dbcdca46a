package org.neurite.web.worker;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * A dedicated worker seen from the side that started it: the page's training worker, or a training worker's
 * helper. {@code jso-apis} 0.15.0 has no {@code Worker} with a transfer list, so these are small {@code @JSBody}
 * methods. Messages sent before the worker reports {@link Protocol#READY} wait, in order, until it does.
 */
final class DedicatedWorker {
    /** What the worker reports. */
    interface Listener {
        /** Every message's {@code data}, {@code ready} included (after the waiting messages were posted). */
        void onMessage(JSObject message);

        /**
         * The worker's script failed to load or threw. {@code message} is the browser's (may be empty);
         * {@code place} is the script and line, when the browser says ({@code url:line}), else empty.
         */
        void onError(String message, String place);

        /** A message from the worker could not be read; ignored unless a listener cares. */
        default void onUnreadableMessage() {
        }
    }

    private final JSObject worker;
    private final List<JSObject> queued = new ArrayList<>();
    private final List<JSObject> queuedTransfers = new ArrayList<>();
    private boolean ready;

    private DedicatedWorker(String url, Listener listener) {
        worker = newWorker(url);
        listen(worker, message -> receive(message, listener),
                (message, place) -> listener.onError(message, place), listener::onUnreadableMessage);
    }

    /** Starts a worker running the script at {@code url}. */
    static DedicatedWorker start(String url, Listener listener) {
        return new DedicatedWorker(url, listener);
    }

    /** This worker's own script address: a nested worker started from it runs the same loader, entry and build. */
    @JSBody(script = "return self.location.href;")
    static native String ownAddress();

    /** Posts {@code message}, moving the buffers of {@code transfer} (a JS array, or null); waits until ready. */
    void send(JSObject message, JSObject transfer) {
        if (!ready) {
            queued.add(message);
            queuedTransfers.add(transfer);
            return;
        }
        post(worker, message, transfer == null ? emptyList() : transfer);
    }

    /** Ends the worker at once, whatever it is doing. */
    void terminate() {
        terminate(worker);
    }

    private void receive(JSObject message, Listener listener) {
        if (Protocol.READY.equals(Js.string(message, "type"))) {
            ready = true;
            for (int i = 0; i < queued.size(); i++) {
                send(queued.get(i), queuedTransfers.get(i));
            }
            queued.clear();
            queuedTransfers.clear();
        }
        listener.onMessage(message);
    }

    @JSFunctor
    interface MessageHandler extends JSObject {
        void handle(JSObject data);
    }

    @JSFunctor
    interface ErrorHandler extends JSObject {
        void handle(String message, String place);
    }

    @JSFunctor
    interface Signal extends JSObject {
        void handle();
    }

    @JSBody(params = "url", script = "return new Worker(url);")
    private static native JSObject newWorker(String url);

    @JSBody(params = { "worker", "onMessage", "onError", "onUnreadable" }, script = ""
            + "worker.addEventListener('message', function (e) { onMessage(e.data); });"
            + "worker.addEventListener('messageerror', function () { onUnreadable(); });"
            + "worker.addEventListener('error', function (e) {"
            + "  e.preventDefault();"
            + "  onError(e.message || '', e.filename ? e.filename + (e.lineno ? ':' + e.lineno : '') : '');"
            + "});")
    private static native void listen(JSObject worker, MessageHandler onMessage, ErrorHandler onError,
                                      Signal onUnreadable);

    @JSBody(params = { "worker", "message", "transfer" }, script = "worker.postMessage(message, transfer);")
    private static native void post(JSObject worker, JSObject message, JSObject transfer);

    @JSBody(params = "worker", script = "worker.terminate();")
    private static native void terminate(JSObject worker);

    @JSBody(script = "return [];")
    private static native JSObject emptyList();
}
