package org.neurite.web.selfcheck;

import org.teavm.jso.browser.Window;

/**
 * selfcheck.html: runs the engine checks in this browser and writes each result into the page.
 * One check per task, so the table fills in as they finish.
 */
public final class SelfCheckPage {
    private final EngineCheck[] checks = {
        new RngCheck(),
        new ReproducibilityCheck(),
        new XorConvergenceCheck(),
        new ModelFileCheck(),
    };
    private final ResultTable table = new ResultTable();
    private int next;

    private SelfCheckPage() {
    }

    public static void main(String[] args) {
        new SelfCheckPage().runNextLater();
    }

    private void runNextLater() {
        Window.setTimeout(this::runNext, 0);
    }

    private void runNext() {
        if (next == checks.length) {
            table.finish();
            return;
        }
        EngineCheck check = checks[next++];
        table.add(check, runSafely(check));
        runNextLater();
    }

    private static CheckReport runSafely(EngineCheck check) {
        CheckReport report = new CheckReport();
        try {
            check.run(report);
        } catch (Throwable e) {
            // A check that throws is a failed check with a reason, not a page that stops half-way.
            report.fail("The check stopped with " + e + ".");
        }
        return report;
    }
}
