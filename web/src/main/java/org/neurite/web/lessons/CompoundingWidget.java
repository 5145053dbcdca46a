package org.neurite.web.lessons;

import org.neurite.engine.lessons.Compounding;
import org.neurite.web.canvas.Plot;
import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/** Lesson 9's intuition: a factor a bit below or above 1, applied day after day (or layer after layer). */
final class CompoundingWidget {
    private final HTMLInputElement factor = (HTMLInputElement) Dom.byId("compound-factor");
    private final HTMLElement factorShown = Dom.byId("compound-factor-value");
    private final NumberInput times = new NumberInput("compound-days", "the number of repetitions");
    private final HTMLElement problem = Dom.byId("compound-problem");
    private final HTMLElement result = Dom.byId("compound-result");
    private final Plot plot = new Plot("compound-plot", 0.45);

    CompoundingWidget() {
        factor.addEventListener("input", event -> update());
        times.onEdit(this::update);
        Dom.byId("compound-099").addEventListener("click", event -> choose("0.99"));
        Dom.byId("compound-101").addEventListener("click", event -> choose("1.01"));
        Resizing.onResize(this::update);
        update();
    }

    private void choose(String value) {
        factor.setValue(value);
        times.set(365);
        update();
    }

    private void update() {
        double f = Double.parseDouble(factor.getValue());
        factorShown.setTextContent(Shown.number(f, 2));
        boolean ok = times.read() && times.value() >= 0 && times.value() <= 1000
                && times.value() == Math.rint(times.value());
        Forms.showProblem(problem, ok ? null : times.problem() != null ? times.problem()
                : "the number of repetitions must be a whole number from 0 to 1000");
        if (!ok) {
            return;
        }
        int n = (int) times.value();
        Forms.showValue(result, Compounding.repeat(f, n));
        double[] series = Compounding.series(f, n);
        double[] days = new double[n + 1];
        double top = 1;
        for (int i = 0; i <= n; i++) {
            days[i] = i;
            top = Math.max(top, series[i]);
        }
        plot.box(0, Math.max(1, n), 0, top * 1.05);
        plot.begin();
        plot.axes("repetitions", "value");
        plot.horizontal(1, "#8c959f", true);
        plot.curve(days, series, n + 1, f < 1 ? "#f59322" : "#0877bd", 2.5, false);
    }
}
