package org.neurite.web.worker;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The training worker's helper workers: dedicated workers nested in it, running the same bundle and build
 * (this worker's own address), each answering the shard messages of {@link ShardHelper}. Messages wait until a
 * helper reports ready. Helpers live as long as the training worker, so later runs start without loading the
 * bundle again; one that failed to load or broke is replaced by the next run that needs it.
 */
final class HelperPool {
    /** What the pool reports; every listener hears every helper, and picks its own run's messages. */
    interface Listener {
        void onMessage(JSObject message);

        /** Helper {@code index} (0 for the first) failed; {@code message} says how. */
        void onFailure(int index, String message);
    }

    private final List<Helper> helpers = new ArrayList<>();
    private final List<Listener> listeners = new ArrayList<>();

    private final class Helper {
        final int index;
        final JSObject worker;
        final List<JSObject> queued = new ArrayList<>();
        final List<JSObject> queuedTransfers = new ArrayList<>();
        boolean ready;
        boolean broken;

        Helper(int index) {
            this.index = index;
            this.worker = newWorker();
            listen(worker, this::receive, this::fail);
        }

        void send(JSObject message, JSObject transfer) {
            if (!ready) {
                queued.add(message);
                queuedTransfers.add(transfer);
                return;
            }
            post(worker, message, transfer == null ? emptyList() : transfer);
        }

        private void receive(JSObject message) {
            String type = Js.string(message, "type");
            if (Protocol.READY.equals(type)) {
                ready = true;
                for (int i = 0; i < queued.size(); i++) {
                    post(worker, queued.get(i), queuedTransfers.get(i) == null ? emptyList() : queuedTransfers.get(i));
                }
                queued.clear();
                queuedTransfers.clear();
            } else if (Protocol.ERROR.equals(type)) {
                fail(Js.string(message, "command") + ": " + Js.string(message, "message"));
            } else {
                for (Listener listener : new ArrayList<>(listeners)) {
                    listener.onMessage(message);
                }
            }
        }

        private void fail(String message) {
            broken = true;
            for (Listener listener : new ArrayList<>(listeners)) {
                listener.onFailure(index, message);
            }
        }
    }

    /** Starts helpers until there are {@code count} that have not failed. */
    void ensure(int count) {
        for (int i = 0; i < count; i++) {
            if (i == helpers.size()) {
                helpers.add(new Helper(i));
            } else if (helpers.get(i).broken) {
                terminate(helpers.get(i).worker);
                helpers.set(i, new Helper(i));
            }
        }
    }

    void addListener(Listener listener) {
        listeners.add(listener);
    }

    void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Sends helper {@code index} a message, moving the buffers of {@code transfer} (a JS array, or null). */
    void send(int index, JSObject message, JSObject transfer) {
        helpers.get(index).send(message, transfer);
    }

    @JSFunctor
    interface MessageHandler extends JSObject {
        void handle(JSObject data);
    }

    @JSFunctor
    interface FailureHandler extends JSObject {
        void handle(String message);
    }

    /** Nested workers resolve addresses against this worker's script: the same loader, entry and build. */
    @JSBody(script = "return new Worker(self.location.href);")
    private static native JSObject newWorker();

    @JSBody(params = { "worker", "onMessage", "onFailure" }, script = ""
            + "worker.addEventListener('message', function (e) { onMessage(e.data); });"
            + "worker.addEventListener('messageerror', function () { onFailure('a message could not be read'); });"
            + "worker.addEventListener('error', function (e) {"
            + "  e.preventDefault();"
            + "  onFailure(e.message || 'the helper worker did not start');"
            + "});")
    private static native void listen(JSObject worker, MessageHandler onMessage, FailureHandler onFailure);

    @JSBody(params = { "worker", "message", "transfer" }, script = "worker.postMessage(message, transfer);")
    private static native void post(JSObject worker, JSObject message, JSObject transfer);

    @JSBody(params = "worker", script = "worker.terminate();")
    private static native void terminate(JSObject worker);

    @JSBody(script = "return [];")
    private static native JSObject emptyList();
}
