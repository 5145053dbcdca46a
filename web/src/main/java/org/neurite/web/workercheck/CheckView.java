package org.neurite.web.workercheck;

import org.neurite.web.dom.Numbers;
import org.neurite.engine.train.TrainingEvent;
import org.neurite.web.dom.Dom;
import org.neurite.web.worker.Js;
import org.neurite.web.worker.WorkerState;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Writes what the worker and the browser report into the page, as text a person reads and as
 * {@code data-} attributes a test reads. It keeps no state of its own beyond the counters it shows.
 */
final class CheckView {
    private final HTMLElement status = Dom.byId("check-status");
    private final HTMLElement state = Dom.byId("check-state");
    private final HTMLElement samples = Dom.byId("check-samples");
    private final HTMLElement loss = Dom.byId("check-loss");
    private final HTMLElement rate = Dom.byId("check-rate-now");
    private final HTMLElement eventCount = Dom.byId("check-event-count");
    private final HTMLElement longest = Dom.byId("check-longest");
    private final HTMLElement model = Dom.byId("check-model");
    private final HTMLElement events = Dom.byId("check-events");
    private final HTMLElement longTasks = Dom.byId("check-longtasks");
    private int count;
    private double longestMs;

    void target(String name) {
        Dom.byId("check-target").setTextContent(name);
    }

    /** The status line; {@code phase} goes to {@code data-state} ("loading", "ready", "training", "error"...). */
    void status(String phase, String text) {
        status.setAttribute("data-state", phase);
        status.setTextContent(text);
    }

    /** Marks when training started and ended, on the page clock, so long tasks can be matched to it. */
    void mark(String name) {
        status.setAttribute("data-" + name, Double.toString(Performance.now()));
    }

    void workerState(WorkerState s) {
        state.setTextContent(s.state());
        state.setAttribute("data-state", s.state());
        if (s.samplesSeen() >= 0) {
            samples.setTextContent(Integer.toString(s.samplesSeen()));
        }
    }

    void metrics(TrainingEvent event) {
        count++;
        eventCount.setTextContent(Integer.toString(count));
        if (event.samplesSeen() >= 0) {
            samples.setTextContent(Integer.toString(event.samplesSeen()));
        }
        if (!Float.isNaN(event.loss())) {
            loss.setTextContent(Numbers.fixed(event.loss(), 4));
        }
        if (!Float.isNaN(event.learningRate())) {
            rate.setTextContent(Float.toString(event.learningRate()));
        }
        HTMLElement item = Dom.element("li", event.toJson());
        item.setAttribute("data-at", Double.toString(Performance.now()));
        events.appendChild(item);
    }

    void longTask(double startMs, double durationMs) {
        HTMLElement item = Dom.element("li", "at " + Numbers.fixed(startMs, 0) + " ms, " + Numbers.fixed(durationMs, 0)
                + " ms long");
        item.setAttribute("data-start", Double.toString(startMs));
        item.setAttribute("data-duration", Double.toString(durationMs));
        longTasks.appendChild(item);
        if (durationMs > longestMs) {
            longestMs = durationMs;
            longest.setTextContent(Numbers.fixed(durationMs, 0) + " ms");
        }
    }

    /** The model file the worker sent, as the page's own engine read it back (or why it could not). */
    void model(int bytes, String magic, String verdict) {
        model.setAttribute("data-bytes", Integer.toString(bytes));
        model.setAttribute("data-magic", magic);
        model.setTextContent("Model file: " + bytes + " bytes, starts with '" + magic + "'. " + verdict);
    }
}
