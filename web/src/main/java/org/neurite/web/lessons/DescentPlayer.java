package org.neurite.web.lessons;

import org.neurite.web.dom.FrameLoop;
import java.util.function.BooleanSupplier;
import org.neurite.web.dom.Dom;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The Play/Pause button of a gradient-descent demo: plays one step every {@code intervalMs}, slow enough to
 * follow each jump, until the demo says there is nothing more to see.
 */
final class DescentPlayer {
    private final HTMLElement button;
    private final double intervalMs;
    private final Runnable step;
    private final BooleanSupplier more;
    private final FrameLoop loop = new FrameLoop();

    DescentPlayer(String buttonId, double intervalMs, Runnable step, BooleanSupplier more) {
        this.button = Dom.byId(buttonId);
        this.intervalMs = intervalMs;
        this.step = step;
        this.more = more;
        button.addEventListener("click", event -> toggle());
    }

    void toggle() {
        if (loop.running()) {
            stop();
            return;
        }
        button.setTextContent("Pause");
        double[] last = {0};
        loop.start(() -> {
            double now = Performance.now();
            if (now - last[0] >= intervalMs) {
                last[0] = now;
                step.run();
            }
            boolean goOn = more.getAsBoolean();
            if (!goOn) {
                button.setTextContent("Play");
            }
            return goOn;
        });
    }

    void stop() {
        loop.stop();
        button.setTextContent("Play");
    }

    /**
     * Reads a demo's learning rate: true when it is above 0 and at most 100, else the problem line says why and
     * suggests {@code hint}.
     */
    static boolean readRate(NumberInput rate, HTMLElement problem, String hint) {
        boolean ok = rate.read() && rate.value() > 0 && rate.value() <= 100;
        Forms.showProblem(problem, ok ? null : rate.problem() != null ? rate.problem()
                : "the learning rate must be above 0 (and at most 100); try " + hint);
        return ok;
    }
}
