package org.neurite.web.studio;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Runs a task at the next animation frame, once however often it is asked for before then: twenty metrics
 * messages or fifty pointer moves between two frames cost one redraw.
 */
final class NextFrame {
    @JSFunctor
    interface Task extends JSObject {
        void run();
    }

    private final Task task;
    private boolean pending;

    NextFrame(Runnable work) {
        this.task = () -> {
            pending = false;
            work.run();
        };
    }

    void request() {
        if (!pending) {
            pending = true;
            schedule(task);
        }
    }

    @JSBody(params = "task", script = "requestAnimationFrame(function () { task(); });")
    private static native void schedule(Task task);
}
