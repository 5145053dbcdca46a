package org.neurite.web.workercheck;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Reports every task that kept this page's thread busy for more than 50 ms (the browser's {@code longtask}
 * entries), including those before the watch started ({@code buffered}).
 */
final class LongTaskWatch {
    private LongTaskWatch() {
    }

    /** Receives one long task: when it started (ms on the page clock) and how long it ran. */
    @JSFunctor
    interface Listener extends JSObject {
        void longTask(double startMs, double durationMs);
    }

    /** Whether this browser reports long tasks at all; without it the page cannot judge itself. */
    @JSBody(script = "return typeof PerformanceObserver === 'function' && "
            + "(PerformanceObserver.supportedEntryTypes || []).indexOf('longtask') >= 0;")
    static native boolean isSupported();

    @JSBody(params = "listener", script = ""
            + "new PerformanceObserver(function (list) {"
            + "  list.getEntries().forEach(function (e) { listener(e.startTime, e.duration); });"
            + "}).observe({type: 'longtask', buffered: true});")
    static native void start(Listener listener);
}
