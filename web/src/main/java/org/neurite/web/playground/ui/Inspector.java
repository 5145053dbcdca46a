package org.neurite.web.playground.ui;

import java.util.ArrayList;
import java.util.List;
import org.neurite.engine.nn.Dense;
import org.neurite.web.dom.Dom;
import org.neurite.web.dom.Elements;
import org.neurite.web.playground.Playground;
import org.neurite.web.dom.Numbers;
import org.neurite.web.playground.view.NodeRef;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The weights of the chosen node or link, each with its gradient from the last batch, and a field to type a
 * new value. A node lists its bias and incoming weights (an input, its outgoing ones), so the keyboard reaches
 * every weight of the network through the nodes.
 */
final class Inspector {
    private final PageController page;
    private final HTMLElement root = Dom.byId("pg-inspector");
    private final List<Row> rows = new ArrayList<>();
    private Selection shown;
    private int shownStructure = -1;
    private HTMLElement error;

    Inspector(PageController page) {
        this.page = page;
    }

    /** Rebuilds the rows when the selection or the network changed, then shows the current values. */
    void show(Playground playground, Selection selection) {
        if (!selection.equals(shown) || shownStructure != playground.structureVersion()) {
            shown = selection;
            shownStructure = playground.structureVersion();
            build(playground, selection);
        }
        refresh(playground);
    }

    private void build(Playground playground, Selection selection) {
        root.clear();
        rows.clear();
        if (selection.isNone()) {
            root.appendChild(Elements.of("p", "pg-hint", "Click or tap a neuron or a link to read its weights and"
                    + " their gradients, and to type new ones."));
            return;
        }
        HTMLElement head = Elements.of("div", "pg-inspector-head", "");
        head.appendChild(Elements.of("h3", "", title(playground, selection)));
        HTMLElement close = Elements.of("button", "button secondary pg-small", "Close");
        close.setAttribute("type", "button");
        close.setAttribute("id", "pg-inspector-close");
        Fields.on(close, "click", page::clearSelection);
        head.appendChild(close);
        root.appendChild(head);
        if (selection.node != null && selection.node.isInput() && !playground.features().contains(
                selection.node.feature())) {
            root.appendChild(Elements.of("p", "pg-hint", "This input is off, so it has no weights; tick it to feed"
                    + " it to the network."));
            return;
        }
        HTMLElement table = Elements.of("table", "data pg-weights", "");
        HTMLElement header = Elements.of("tr", "", "");
        header.appendChild(Elements.of("th", "", "parameter"));
        header.appendChild(Elements.of("th", "", "value"));
        header.appendChild(Elements.of("th", "", "gradient"));
        HTMLElement thead = Elements.of("thead", "", "");
        thead.appendChild(header);
        table.appendChild(thead);
        HTMLElement body = Elements.of("tbody", "", "");
        for (Row row : rowsFor(playground, selection)) {
            body.appendChild(row.element());
            rows.add(row);
        }
        table.appendChild(body);
        root.appendChild(table);
        error = Elements.of("p", "pg-error", "");
        error.setAttribute("role", "alert");
        error.setAttribute("id", "pg-inspector-error");
        root.appendChild(error);
        root.appendChild(Elements.of("p", "pg-hint", "The gradient is ∂loss/∂parameter on the last batch trained;"
                + " type a value and press Enter to change it."));
    }

    private String title(Playground playground, Selection selection) {
        if (selection.isLink()) {
            return "Weight from " + ParameterNames.source(playground, selection.layer, selection.from) + " to "
                    + ParameterNames.target(playground, selection.layer, selection.to);
        }
        return ParameterNames.node(playground, selection.node);
    }

    private List<Row> rowsFor(Playground playground, Selection selection) {
        List<Row> list = new ArrayList<>();
        Dense[] dense = denseLayers(playground);
        if (selection.isLink()) {
            list.add(new Row(this, selection.layer, selection.from, selection.to, "weight"));
            return list;
        }
        NodeRef node = selection.node;
        if (node.isInput()) {
            int from = indexOf(playground, node);
            for (int to = 0; to < dense[0].outputSize(); to++) {
                list.add(new Row(this, 0, from, to, "→ " + ParameterNames.target(playground, 0, to)));
            }
            return list;
        }
        int layer = node.layer();
        list.add(new Row(this, layer, Playground.BIAS, node.unit(), "bias"));
        for (int from = 0; from < dense[layer].inputSize(); from++) {
            list.add(new Row(this, layer, from, node.unit(), "from " + ParameterNames.source(playground, layer, from)));
        }
        return list;
    }

    private static int indexOf(Playground playground, NodeRef input) {
        for (int j = 0; j < playground.features().count(); j++) {
            if (playground.features().feature(j) == input.feature()) {
                return j;
            }
        }
        return -1;
    }

    private static Dense[] denseLayers(Playground playground) {
        int n = playground.session().model().layerCount();
        Dense[] dense = new Dense[n];
        for (int i = 0; i < n; i++) {
            dense[i] = (Dense) playground.session().model().layer(i);
        }
        return dense;
    }

    /** Shows the live values and gradients; a field being typed in keeps what is typed. */
    void refresh(Playground playground) {
        if (rows.isEmpty()) {
            return;
        }
        Dense[] dense = denseLayers(playground);
        boolean trained = playground.session().weightVersion() > 0;
        for (Row row : rows) {
            Dense layer = dense[row.layer];
            boolean bias = row.from == Playground.BIAS;
            float gradient = bias ? layer.biasGradient(row.to) : layer.weightGradient(row.from, row.to);
            row.show(bias ? layer.bias(row.to) : layer.weight(row.from, row.to),
                    trained ? Numbers.significant(gradient, 3) : "not trained yet");
        }
    }

    void edited(Row row, String text) {
        String problem = page.editParameter(row.layer, row.from, row.to, text);
        error.setTextContent(problem == null ? "" : problem);
        Elements.flag(row.input, "aria-invalid", problem != null);
    }

    /** One parameter (a weight from {@code from} to {@code to}, or unit {@code to}'s bias): name, value, gradient. */
    static final class Row {
        final int layer;
        final int from;
        final int to;
        private final HTMLElement element = Elements.of("tr", "", "");
        final HTMLInputElement input = (HTMLInputElement) Dom.element("input", "");
        private final HTMLElement gradient = Elements.of("td", "pg-gradient", "");

        Row(Inspector inspector, int layer, int from, int to, String name) {
            this.layer = layer;
            this.from = from;
            this.to = to;
            element.appendChild(Elements.of("th", "", name));
            input.setAttribute("type", "text");
            input.setAttribute("inputmode", "decimal");
            input.setAttribute("class", "pg-weight");
            input.setAttribute("aria-label", name + " value");
            input.setAttribute("data-param", layer + ":" + (from == Playground.BIAS ? "b:" + to : "w:" + from + ":" + to));
            HTMLElement cell = Elements.of("td", "", "");
            cell.appendChild(input);
            element.appendChild(cell);
            element.appendChild(gradient);
            Fields.on(input, "change", () -> inspector.edited(this, input.getValue()));
        }

        HTMLElement element() {
            return element;
        }

        void show(float value, String gradientText) {
            Fields.showValue(input, Numbers.significant(value, 4));
            if (!gradientText.equals(gradient.getTextContent())) {
                gradient.setTextContent(gradientText);
            }
        }
    }
}
