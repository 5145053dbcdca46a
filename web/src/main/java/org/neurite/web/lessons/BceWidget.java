package org.neurite.web.lessons;

import org.neurite.engine.data.BuiltInData;
import org.neurite.engine.data.DataTable;
import org.neurite.engine.lessons.LossBreakdown;
import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Lesson 4: binary cross-entropy on the flight-delay table. Each flight's predicted probability of a delay
 * is editable; each term -[t log p + (1 - t) log(1 - p)] and the total J come from the engine. The exercise:
 * bring J below 0.1 with every prediction between 0.01 and 0.99.
 */
final class BceWidget {
    static final double[] COURSE_PREDICTIONS = {0.05, 0.02, 0.96, 0.35};
    static final double TARGET = 0.1;

    private final DataTable table = BuiltInData.table(BuiltInData.FLIGHT_DELAY);
    private final int rows = table.rowCount();
    private final double[] actual = new double[rows];
    private final NumberInput[] predictions = new NumberInput[rows];
    private final HTMLElement[] terms = new HTMLElement[rows];
    private final HTMLElement total = Dom.byId("bce-total");
    private final HTMLElement problem = Dom.byId("bce-problem");
    private final Exercise exercise;
    private boolean edited;

    BceWidget(Exercise exercise) {
        this.exercise = exercise;
        HTMLElement body = Dom.byId("bce-rows");
        body.clear();
        int label = table.columnCount() - 1;
        for (int r = 0; r < rows; r++) {
            actual[r] = Double.parseDouble(table.cell(r, label));
            HTMLElement row = Dom.element("tr", "");
            row.appendChild(Dom.element("td", table.cell(r, 0)));
            row.appendChild(Dom.element("td", table.cell(r, 1)));
            HTMLElement cell = Dom.element("td", "");
            cell.appendChild(Forms.numberBox("bce-p" + (r + 1), "predicted chance of a delay, flight " + (r + 1)));
            row.appendChild(cell);
            row.appendChild(Dom.element("td", actual[r] == 1 ? "1 (delayed)" : "0 (on time)"));
            terms[r] = Dom.element("td", "");
            terms[r].setClassName("result");
            terms[r].setAttribute("id", "bce-t" + (r + 1));
            row.appendChild(terms[r]);
            body.appendChild(row);
            predictions[r] = new NumberInput("bce-p" + (r + 1), "prediction " + (r + 1));
            predictions[r].set(COURSE_PREDICTIONS[r]);
            predictions[r].onEdit(() -> {
                edited = true;
                update();
            });
        }
        Dom.byId("bce-reset").addEventListener("click", event -> {
            for (int r = 0; r < rows; r++) {
                predictions[r].set(COURSE_PREDICTIONS[r]);
            }
            edited = false;
            exercise.waiting("Edit the predictions to try.");
            update();
        });
        exercise.waiting("Edit the predictions to try.");
        update();
    }

    private void update() {
        String firstProblem = null;
        double[] predicted = new double[rows];
        for (int r = 0; r < rows; r++) {
            firstProblem = Forms.firstProblem(firstProblem, predictions[r]);
            predicted[r] = predictions[r].value();
            // 0 and 1 are out too: log 0 is minus infinity, and 0 x log 0 has no value at all.
            if (firstProblem == null && !(predicted[r] > 0 && predicted[r] < 1)) {
                firstProblem = "prediction " + (r + 1) + " is " + Shown.number(predicted[r])
                        + "; a probability must lie in (0, 1), strictly between 0 and 1, for its log to exist";
            }
        }
        Forms.showProblem(problem, firstProblem);
        if (firstProblem != null) {
            return;
        }
        LossBreakdown bce = LossBreakdown.binaryCrossEntropy(predicted, actual);
        for (int r = 0; r < rows; r++) {
            String how = actual[r] == 1 ? "−log(" + Shown.number(predicted[r]) + ")"
                    : "−log(1 − " + Shown.number(predicted[r]) + ")";
            terms[r].setTextContent(how + " = " + Shown.number(bce.term(r)));
            terms[r].setAttribute("data-value", Double.toString(bce.term(r)));
        }
        Forms.showValue(total, bce.total());
        if (edited) {
            check(predicted, bce.total());
        }
    }

    private void check(double[] predicted, double loss) {
        for (int r = 0; r < rows; r++) {
            if (predicted[r] < 0.01 || predicted[r] > 0.99) {
                exercise.failed("prediction " + (r + 1) + " is " + Shown.number(predicted[r]) + "; keep every "
                        + "prediction between 0.01 and 0.99 (a model is never certain).");
                return;
            }
        }
        if (loss < TARGET) {
            exercise.passed("J = " + Shown.number(loss) + ": confident where right, and never confidently wrong.");
        } else {
            exercise.failed("J = " + Shown.number(loss) + ", still at least " + Shown.number(TARGET)
                    + ". Which flight's term is largest? Move its prediction towards what happened.");
        }
    }
}
