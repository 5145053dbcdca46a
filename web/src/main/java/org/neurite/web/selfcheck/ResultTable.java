package org.neurite.web.selfcheck;

import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/** Writes each check's outcome into selfcheck.html: a table row, its printed values, then the summary. */
final class ResultTable {
    private final HTMLElement rows = Dom.byId("selfcheck-rows");
    private final HTMLElement values = Dom.byId("selfcheck-values");
    private final HTMLElement summary = Dom.byId("selfcheck-summary");
    private int passed;
    private int failed;

    ResultTable() {
        Dom.byId("selfcheck-target").setTextContent(Dom.engineTargetName());
    }

    void add(EngineCheck check, CheckReport report) {
        String status = report.passed() ? "pass" : "fail";
        HTMLElement row = Dom.element("tr", "");
        row.setAttribute("id", "check-" + check.id());
        row.setAttribute("data-status", status);
        row.appendChild(Dom.element("td", check.title()));
        HTMLElement result = Dom.element("td", report.passed() ? "PASS" : "FAIL");
        result.setAttribute("class", "status " + status);
        row.appendChild(result);
        row.appendChild(Dom.element("td", report.detail()));
        rows.appendChild(row);
        for (int i = 0; i < report.valueCount(); i++) {
            String id = "value-" + check.id() + "-" + report.key(i);
            values.appendChild(Dom.element("dt", id));
            HTMLElement value = Dom.element("dd", report.valueAt(i));
            value.setAttribute("id", id);
            values.appendChild(value);
        }
        if (report.passed()) {
            passed++;
        } else {
            failed++;
        }
    }

    void finish() {
        summary.setAttribute("data-passed", Integer.toString(passed));
        summary.setAttribute("data-failed", Integer.toString(failed));
        summary.setAttribute("data-done", "true");
        summary.setAttribute("class", failed == 0 ? "pass" : "fail");
        summary.setTextContent(failed == 0
                ? "All " + passed + " checks passed: the engine works in this browser (" + Dom.engineTargetName() + ")."
                : failed + " of " + (passed + failed) + " checks failed in this browser ("
                        + Dom.engineTargetName() + "). The table says what went wrong.");
    }
}
