package org.neurite.web.playground.ui;

import org.neurite.web.dom.Dom;
import org.neurite.web.playground.Playground;
import org.neurite.web.dom.Property;
import org.neurite.web.playground.state.Settings;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The formula of the typed sets: a boundary such as x2 &gt; sin(3 * x1), or a function f(x1, x2). Shown only
 * with those sets; the engine's parser checks it, and its message stands beside the field.
 */
final class FormulaControl {
    private final HTMLInputElement formula = Fields.input("pg-formula");
    private final HTMLElement error = Dom.byId("pg-formula-error");
    private final HTMLElement label = Dom.byId("pg-formula-label");
    private final HTMLElement field = (HTMLElement) formula.getParentNode();

    FormulaControl(PageController page) {
        Fields.on(formula, "change", () -> {
            Property property = property(page.playground());
            if (property != null) {
                Fields.showError(formula, error, page.change(property, formula.getValue().trim()));
            }
        });
    }

    private static Property property(Playground playground) {
        String dataset = playground.state().text(Settings.DATASET);
        return "boundary".equals(dataset) ? Settings.BOUNDARY : "function".equals(dataset) ? Settings.FUNCTION : null;
    }

    void show(Playground playground) {
        Property property = property(playground);
        field.setHidden(property == null);
        if (property == null) {
            return;
        }
        boolean boundary = property == Settings.BOUNDARY;
        label.setTextContent(boundary ? "Class 1 where" : "f(x1, x2) =");
        String text = playground.state().text(property);
        Fields.showValue(formula, text.isEmpty() ? (boundary ? Settings.DEFAULT_BOUNDARY : Settings.DEFAULT_FUNCTION)
                : text);
    }
}
