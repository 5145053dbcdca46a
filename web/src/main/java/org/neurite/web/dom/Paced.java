package org.neurite.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Runs a redraw at an animation frame at most once per {@code intervalMs}, however often it is asked for: the
 * worker sends up to twenty metrics a second, and a person reads a figure or a plot a few times a second at
 * most, so the page lays out and paints four times a second instead of twenty.
 */
public final class Paced {
    @JSFunctor
    interface Task extends JSObject {
        void run();
    }

    private final JSObject pacer;

    public Paced(double intervalMs, Runnable work) {
        Task task = work::run;
        pacer = create(intervalMs, task);
    }

    public void request() {
        request(pacer);
    }

    @JSBody(params = { "interval", "task" }, script = ""
            + "var p = {pending: false, last: -Infinity};"
            + "p.request = function () {"
            + "  if (p.pending) { return; }"
            + "  p.pending = true;"
            + "  setTimeout(function () { requestAnimationFrame(function () {"
            + "    p.pending = false; p.last = performance.now(); task(); }); },"
            + "    Math.max(0, p.last + interval - performance.now()));"
            + "};"
            + "return p;")
    private static native JSObject create(double interval, Task task);

    @JSBody(params = "pacer", script = "pacer.request();")
    private static native void request(JSObject pacer);
}
