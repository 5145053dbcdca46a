package org.neurite.web.studio;

import org.neurite.web.dom.Elements;
import org.neurite.web.dom.Numbers;
import org.neurite.engine.train.ConfusionMatrix;
import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The 10 x 10 confusion matrix: counts, with the diagonal shaded blue by the share of its row it got right and
 * the mistakes shaded orange against the largest mistake. Every cell is a button: picking one shows its digits.
 */
final class ConfusionView {
    /** Told which cell was picked. */
    interface Picked {
        void picked(int actual, int guess);
    }

    private final HTMLElement table = Dom.byId("st-confusion");
    private final HTMLElement note = Dom.byId("st-confusion-note");
    private final HTMLElement[][] cells = new HTMLElement[10][10];
    private final HTMLElement[] rowTotals = new HTMLElement[10];

    ConfusionView(Picked picked) {
        HTMLElement caption = Elements.of("caption", "", "Rows: true digit. Columns: predicted digit.");
        table.appendChild(caption);
        HTMLElement head = Elements.of("tr", "", "");
        head.appendChild(corner());
        for (int j = 0; j < 10; j++) {
            head.appendChild(header("col", Integer.toString(j)));
        }
        head.appendChild(header("col", "all"));
        HTMLElement thead = Elements.of("thead", "", "");
        thead.appendChild(head);
        table.appendChild(thead);
        HTMLElement body = Elements.of("tbody", "", "");
        for (int i = 0; i < 10; i++) {
            HTMLElement row = Elements.of("tr", "", "");
            row.appendChild(header("row", Integer.toString(i)));
            for (int j = 0; j < 10; j++) {
                int actual = i;
                int guess = j;
                HTMLElement cell = Elements.button("st-cell", "", null);
                cell.onClick(e -> picked.picked(actual, guess));
                HTMLElement td = Elements.of("td", i == j ? "st-diagonal" : "", "");
                td.appendChild(cell);
                row.appendChild(td);
                cells[i][j] = cell;
            }
            rowTotals[i] = Elements.of("td", "st-row-total", "");
            row.appendChild(rowTotals[i]);
            body.appendChild(row);
        }
        table.appendChild(body);
    }

    void show(ConfusionMatrix m, String when) {
        int worst = Math.max(1, m.largestMistakeCount());
        for (int i = 0; i < 10; i++) {
            int total = Math.max(1, m.rowTotal(i));
            for (int j = 0; j < 10; j++) {
                int count = m.count(i, j);
                HTMLElement cell = cells[i][j];
                cell.setTextContent(Integer.toString(count));
                cell.setAttribute("data-count", Integer.toString(count));
                cell.setAttribute("aria-label", "true " + i + ", predicted " + j + ": " + count + " digits");
                double shade = i == j ? (double) count / total : (double) count / worst;
                cell.getStyle().setProperty("--shade", Numbers.fixed(count == 0 ? 0 : 0.08 + 0.92 * shade, 3));
            }
            rowTotals[i].setTextContent(Integer.toString(m.rowTotal(i)));
        }
        table.setHidden(false);
        table.setAttribute("data-total", Integer.toString(m.total()));
        note.setTextContent(when + ": " + Numbers.grouped(m.correct()) + " of " + Numbers.grouped(m.total())
                + " test digits right (" + Numbers.percent(m.accuracy(), 2) + "). Rows are the true digit, columns "
                + "the prediction. Pick a cell to see its digits.");
    }

    /** Marks the picked cell. */
    void select(int actual, int guess) {
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                cells[i][j].setAttribute("aria-pressed", i == actual && j == guess ? "true" : "false");
            }
        }
    }

    private static HTMLElement header(String scope, String text) {
        HTMLElement th = Elements.of("th", "", text);
        th.setAttribute("scope", scope);
        return th;
    }

    private static HTMLElement corner() {
        HTMLElement th = Elements.of("th", "st-corner", "true ↓ · said →");
        th.setAttribute("scope", "col");
        return th;
    }
}
