package org.neurite.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Runs a callback in a task of its own, as soon as the browser has handled what is pending (input,
 * rendering). Long work cut into such tasks never holds the page: each task is short, and the browser gets
 * its turn between them. A message to oneself is the quickest way there ({@code setTimeout} waits at least
 * 4 ms once nested). Pages and workers alike have {@code MessageChannel}.
 */
public final class NextTask {
    private final JSObject port;
    private boolean posted;

    /** A queue whose every {@link #post} runs {@code task} once, later. */
    public NextTask(Runnable task) {
        this.port = channel(() -> {
            posted = false;
            task.run();
        });
    }

    /** Runs {@code task} once, in a task of its own: one step of a long job cut into short tasks. */
    public static void once(Runnable task) {
        new NextTask(task).post();
    }

    /** Asks for one run of the task; asking again before it ran changes nothing. */
    public void post() {
        if (!posted) {
            posted = true;
            send(port);
        }
    }

    /** Called for each message. */
    @JSFunctor
    interface Callback extends JSObject {
        void run();
    }

    @JSBody(params = "callback", script = ""
            + "var channel = new MessageChannel();"
            + "channel.port1.onmessage = function () { callback(); };"
            + "return channel.port2;")
    private static native JSObject channel(Callback callback);

    @JSBody(params = "port", script = "port.postMessage(0);")
    private static native void send(JSObject port);
}
