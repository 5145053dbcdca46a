package org.neurite.web.worker;

import java.util.ArrayList;
import java.util.List;
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

    private final class Helper implements DedicatedWorker.Listener {
        final int index;
        final DedicatedWorker worker;
        boolean broken;

        Helper(int index) {
            this.index = index;
            // nested workers resolve addresses against this worker's script: the same loader, entry and build
            this.worker = DedicatedWorker.start(DedicatedWorker.ownAddress(), this);
        }

        @Override
        public void onMessage(JSObject message) {
            String type = Js.string(message, "type");
            if (Protocol.ERROR.equals(type)) {
                fail(Js.string(message, "command") + ": " + Js.string(message, "message"));
            } else if (!Protocol.READY.equals(type)) {
                for (Listener listener : new ArrayList<>(listeners)) {
                    listener.onMessage(message);
                }
            }
        }

        @Override
        public void onError(String message, String place) {
            fail(message.isEmpty() ? "the helper worker did not start" : message);
        }

        @Override
        public void onUnreadableMessage() {
            fail("a message could not be read");
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
                helpers.get(i).worker.terminate();
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
        helpers.get(index).worker.send(message, transfer);
    }
}
