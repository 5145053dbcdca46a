package org.neurite.web.worker;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.ArrayBuffer;

/**
 * The worker's side of the channel to the page. {@code jso-apis} 0.15.0 has no
 * {@code DedicatedWorkerGlobalScope} and no {@code postMessage} with a transfer list, so these are small
 * {@code @JSBody} methods on {@code self}.
 */
final class WorkerScope {
    private WorkerScope() {
    }

    /** Receives the {@code data} of each message the page posts. */
    @JSFunctor
    interface MessageHandler extends JSObject {
        void handle(JSObject data);
    }

    @JSBody(params = "handler", script = "self.addEventListener('message', function (e) { handler(e.data); });")
    static native void onMessage(MessageHandler handler);

    @JSBody(params = "message", script = "self.postMessage(message);")
    static native void post(JSObject message);

    /** Posts {@code message} and moves {@code buffer} to the page (it is empty here afterwards): no copy. */
    @JSBody(params = { "message", "buffer" }, script = "self.postMessage(message, [buffer]);")
    static native void postTransferring(JSObject message, ArrayBuffer buffer);

    /** Which build runs this worker, as worker-loader.js recorded it: "wasm" or "js". */
    @JSBody(script = "return self.neuriteTarget || '';")
    static native String target();
}
