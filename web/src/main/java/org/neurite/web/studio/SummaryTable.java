package org.neurite.web.studio;

import org.neurite.web.dom.Elements;
import org.neurite.web.dom.Numbers;
import org.neurite.engine.nn.ModelSummary;
import org.neurite.engine.nn.Shapes;
import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/** The model summary table as tfjs-vis shows it: layer, output shape, parameters, and the total. */
final class SummaryTable {
    private final HTMLElement body = Dom.byId("st-summary-body");
    private final HTMLElement total = Dom.byId("st-param-count");
    private final HTMLElement caption = Dom.byId("st-summary-caption");

    void show(ModelSummary summary, String title) {
        Elements.clear(body);
        body.appendChild(row("input", Shapes.text(summary.inputShape()), "0"));
        for (ModelSummary.Row r : summary.rows()) {
            body.appendChild(row(r.layer(), r.outputShapeText(), Numbers.grouped(r.parameters())));
        }
        total.setTextContent(Numbers.grouped(summary.parameterCount()));
        caption.setTextContent(title + ": " + Numbers.grouped(summary.parameterCount()) + " parameters");
    }

    void clear() {
        Elements.clear(body);
        total.setTextContent("–");
        caption.setTextContent("Model summary");
    }

    private static HTMLElement row(String layer, String shape, String params) {
        HTMLElement tr = Elements.of("tr", "", "");
        HTMLElement name = Elements.of("th", "", layer);
        name.setAttribute("scope", "row");
        tr.appendChild(name);
        tr.appendChild(Elements.of("td", "", shape));
        tr.appendChild(Elements.of("td", "", params));
        return tr;
    }
}
