package org.neurite.web.bench;

import org.neurite.web.dom.Numbers;
import org.neurite.engine.train.NamedRecipe;
import org.neurite.web.dom.Dom;
import org.neurite.web.worker.BenchmarkResult;
import org.teavm.jso.dom.html.HTMLElement;

/** The results table and status line of bench.html: text for people, {@code data-} attributes for tooling. */
final class BenchTable {
    private final HTMLElement status = Dom.byId("bench-status");
    private final HTMLElement rows = Dom.byId("bench-rows");
    private int count;

    void status(String state, String text) {
        status.setAttribute("data-state", state);
        status.setTextContent(text);
    }

    void add(NamedRecipe workload, BenchmarkResult result) {
        count++;
        HTMLElement row = Dom.element("tr", "");
        row.setAttribute("id", "bench-result-" + count);
        row.setAttribute("data-workload", workload.name());
        row.setAttribute("data-target", result.target());
        row.setAttribute("data-workers", Integer.toString(result.workers()));
        row.setAttribute("data-samples-per-second", Double.toString(result.samplesPerSecond()));
        row.setAttribute("data-train-seconds", Double.toString(result.trainSeconds()));
        row.setAttribute("data-test-accuracy", Double.toString(result.testAccuracy()));
        row.appendChild(Dom.element("th", workload.name() + " " + workload.title()));
        row.appendChild(Dom.element("td", "wasm".equals(result.target()) ? "Wasm GC" : "JavaScript"));
        row.appendChild(Dom.element("td", Numbers.fixed(result.samplesPerSecond(), 0)));
        row.appendChild(Dom.element("td", Numbers.fixed(result.trainSeconds(), 1) + " s"));
        row.appendChild(Dom.element("td", Double.isNaN(result.testAccuracy()) ? "–"
                : Numbers.fixed(100 * result.testAccuracy(), 2) + " %"));
        rows.appendChild(row);
        status.setAttribute("data-results", Integer.toString(count));
    }
}
