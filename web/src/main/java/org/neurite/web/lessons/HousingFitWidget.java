package org.neurite.web.lessons;

import org.neurite.web.dom.FrameLoop;
import org.neurite.engine.data.BuiltInData;
import org.neurite.engine.data.DataTable;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.lessons.DescentRun;
import org.neurite.engine.lessons.Standardizer;
import org.neurite.engine.nn.Dense;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.optim.Sgd;
import org.neurite.engine.random.Rng;
import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * Lesson 1: linear regression on the housing table, price = w . x + b, fitted by gradient descent one
 * step at a time. The engine does the fitting (a one-neuron linear model, full-batch SGD on standardized
 * features); the widget shows the predictions filling in next to the real prices.
 */
final class HousingFitWidget {
    private static final int SEED = 1;
    private static final int RUN_STEPS = 100;
    private static final int STEPS_PER_FRAME = 4;

    private final DataTable table = BuiltInData.table(BuiltInData.HOUSING);
    private final Dataset data;
    private final HTMLElement[] predictions;
    private final HTMLElement weights = Dom.byId("housing-weights");
    private final HTMLElement steps = Dom.byId("housing-steps");
    private final HTMLElement loss = Dom.byId("housing-loss");
    private final HTMLElement state = Dom.byId("housing-state");
    private final HTMLSelectElement rate = (HTMLSelectElement) Dom.byId("housing-lr");
    private final HTMLElement runButton = Dom.byId("housing-run");
    private final FrameLoop loop = new FrameLoop();
    private DescentRun run;

    HousingFitWidget() {
        Dataset raw = BuiltInData.housing();
        this.data = Standardizer.fit(raw).apply(raw);
        this.predictions = buildTable();
        Dom.byId("housing-step").addEventListener("click", event -> {
            loop.stop();
            step(1);
            show();
        });
        runButton.addEventListener("click", event -> runSteps());
        Dom.byId("housing-reset").addEventListener("click", event -> reset());
        rate.addEventListener("change", event -> reset());
        reset();
    }

    private HTMLElement[] buildTable() {
        HTMLElement body = Dom.byId("housing-rows");
        body.clear();
        HTMLElement[] cells = new HTMLElement[table.rowCount()];
        for (int r = 0; r < table.rowCount(); r++) {
            HTMLElement row = Dom.element("tr", "");
            for (int c = 0; c < table.columnCount(); c++) {
                row.appendChild(Dom.element(c == 1 ? "th" : "td", table.cell(r, c)));
            }
            cells[r] = Dom.element("td", "–");
            cells[r].setClassName("result");
            cells[r].setAttribute("id", "housing-prediction-" + (r + 1));
            row.appendChild(cells[r]);
            body.appendChild(row);
        }
        return cells;
    }

    private void reset() {
        loop.stop();
        Model model = Model.create(ModelSpec.parse("input " + data.featureCount()
                + " | dense 1 linear | loss mse"), new Rng(SEED));
        float learningRate = Float.parseFloat(rate.getValue());
        run = new DescentRun(model, new Sgd(learningRate), data, data.size(), SEED);
        show();
    }

    private void runSteps() {
        int target = run.steps() + RUN_STEPS;
        loop.start(() -> {
            step(Math.min(STEPS_PER_FRAME, target - run.steps()));
            show();
            return run.steps() < target && !run.diverged();
        });
    }

    private void step(int count) {
        for (int i = 0; i < count && run.step(); i++) {
            // each step is one update from all five houses
        }
    }

    private void show() {
        steps.setTextContent(Integer.toString(run.steps()));
        Forms.showValue(loss, run.fullLoss());
        double[] predicted = run.predictions();
        for (int r = 0; r < predictions.length; r++) {
            Forms.showValue(predictions[r], predicted[r]);
            predictions[r].setTextContent(Shown.number(predicted[r], 1));
        }
        showWeights();
        if (run.diverged()) {
            state.setTextContent("The loss blew up: this learning rate is too large. Pick a smaller one.");
        } else if (run.steps() > 0 && run.fullLoss() < 0.01) {
            state.setTextContent("The predictions match every price: seven numbers can fit five houses exactly.");
        } else {
            state.setTextContent("");
        }
    }

    private void showWeights() {
        Dense neuron = (Dense) run.model().layer(0);
        weights.clear();
        for (int j = 0; j < neuron.inputSize(); j++) {
            weights.appendChild(Dom.element("li", "w(" + data.featureName(j) + ") = "
                    + Shown.number(neuron.weight(j, 0), 2)));
        }
        weights.appendChild(Dom.element("li", "b = " + Shown.number(neuron.bias(0), 2)));
    }
}
