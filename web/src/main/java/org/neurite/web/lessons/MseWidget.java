package org.neurite.web.lessons;

import org.neurite.engine.data.BuiltInData;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.lessons.LossBreakdown;
import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Lesson 4: mean squared error on four students' exam scores (from the study-hours table), in its 1/n and
 * 1/2n forms, each squared error shown. The predictions are editable; the engine recomputes.
 */
final class MseWidget {
    static final int ROWS = 4;
    private static final double[] DEFAULT_PREDICTIONS = {0.9, 0.7, 0.8, 0.8};

    private final double[] actual = new double[ROWS];
    private final NumberInput[] predictions = new NumberInput[ROWS];
    private final HTMLElement[] errors = new HTMLElement[ROWS];
    private final HTMLElement mean = Dom.byId("mse-mean");
    private final HTMLElement half = Dom.byId("mse-half");
    private final HTMLElement problem = Dom.byId("mse-problem");

    MseWidget() {
        Dataset students = BuiltInData.studyHours();
        HTMLElement body = Dom.byId("mse-rows");
        body.clear();
        for (int r = 0; r < ROWS; r++) {
            actual[r] = students.target(r, 0);
            HTMLElement row = Dom.element("tr", "");
            row.appendChild(Dom.element("th", "student " + (r + 1)));
            HTMLElement cell = Dom.element("td", "");
            cell.appendChild(Forms.numberBox("mse-p" + (r + 1), "predicted score of student " + (r + 1)));
            row.appendChild(cell);
            row.appendChild(Dom.element("td", Shown.number(actual[r])));
            errors[r] = Dom.element("td", "");
            errors[r].setClassName("result");
            errors[r].setAttribute("id", "mse-e" + (r + 1));
            row.appendChild(errors[r]);
            body.appendChild(row);
            predictions[r] = new NumberInput("mse-p" + (r + 1), "prediction " + (r + 1));
            predictions[r].set(DEFAULT_PREDICTIONS[r]);
            predictions[r].onEdit(this::update);
        }
        update();
    }

    private void update() {
        String firstProblem = null;
        double[] predicted = new double[ROWS];
        for (int r = 0; r < ROWS; r++) {
            firstProblem = Forms.firstProblem(firstProblem, predictions[r]);
            predicted[r] = predictions[r].value();
        }
        Forms.showProblem(problem, firstProblem);
        if (firstProblem != null) {
            return;
        }
        LossBreakdown meanForm = LossBreakdown.meanSquared(predicted, actual);
        LossBreakdown halfForm = LossBreakdown.halfMeanSquared(predicted, actual);
        for (int r = 0; r < ROWS; r++) {
            Forms.showValue(errors[r], meanForm.term(r));
        }
        Forms.showValue(mean, meanForm.total());
        Forms.showValue(half, halfForm.total());
    }
}
