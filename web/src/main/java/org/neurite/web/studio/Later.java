package org.neurite.web.studio;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Runs work as a separate task, after what is already queued (input, messages, painting): how the page splits
 * a long job into short tasks so that it never blocks for 50 ms. A MessageChannel rather than
 * {@code setTimeout(0)}, which browsers clamp to 4 ms once nested.
 */
final class Later {
    @JSFunctor
    interface Task extends JSObject {
        void run();
    }

    private Later() {
    }

    @JSBody(params = "task", script = ""
            + "var channel = new MessageChannel();"
            + "channel.port1.onmessage = function () { channel.port1.close(); task(); };"
            + "channel.port2.postMessage(0);")
    static native void run(Task task);
}
