package org.neurite.web.playground.ui;

import java.util.List;
import org.neurite.engine.data.InputFeatures;
import org.neurite.engine.nn.Activation;
import org.neurite.web.dom.Dom;
import org.neurite.web.dom.Elements;
import org.neurite.web.playground.data.PlaygroundData;
import org.neurite.web.playground.model.Network;
import org.neurite.web.playground.model.Problem;
import org.neurite.web.playground.view.NodeRef;
import org.neurite.web.playground.view.Palette;
import org.neurite.web.canvas.Colours;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/** Builds the DOM of the diagram's columns: features with their switches, hidden layers with their controls, outputs. */
final class ColumnBuilder {
    private static final String[][] ACTIVATIONS = {{"relu", "ReLU"}, {"tanh", "Tanh"}, {"sigmoid", "Sigmoid"},
        {"linear", "Linear"}, {"leakyRelu", "Leaky ReLU"}, {"step", "Step"}};

    private final PageController page;

    ColumnBuilder(PageController page) {
        this.page = page;
    }

    /** All seven features; the unused ones faded, each with a switch that turns it on or off. */
    HTMLElement inputs(InputFeatures used, List<NetworkView.NodeView> nodes) {
        HTMLElement column = column(0, "Features");
        head(column).appendChild(Elements.of("span", "pg-col-note", "Which inputs does the network see?"));
        HTMLElement list = Elements.of("div", "pg-nodes", "");
        list.setAttribute("data-control", "features");
        for (InputFeatures.Feature feature : InputFeatures.Feature.values()) {
            boolean on = used.contains(feature);
            HTMLElement row = Elements.of("div", on ? "pg-input-row" : "pg-input-row pg-off", "");
            HTMLElement toggle = Dom.element("input", "");
            String id = "pg-feature-" + feature.id();
            toggle.setAttribute("type", "checkbox");
            toggle.setAttribute("id", id);
            Elements.flag(toggle, "checked", on);
            toggle.addEventListener("change", (Event e) -> page.toggleFeature(feature));
            HTMLElement label = Elements.of("label", "pg-node-label", feature.label());
            label.setAttribute("for", id);
            label.setAttribute("title", on ? "Stop feeding " + feature.label() + " to the network"
                    : "Feed " + feature.label() + " to the network");
            row.appendChild(toggle);
            row.appendChild(label);
            row.appendChild(node(NodeRef.input(feature), "Input " + feature.label() + ": show its values", nodes));
            list.appendChild(row);
        }
        column.appendChild(list);
        return column;
    }

    /** Hidden layer {@code layer}: add/remove neuron buttons, its activation, its neurons. */
    HTMLElement hidden(Network network, int layer, List<NetworkView.NodeView> nodes) {
        int size = network.size(layer);
        HTMLElement column = column(layer + 1, size == 1 ? "1 neuron" : size + " neurons");
        HTMLElement buttons = Elements.of("div", "pg-neuron-buttons", "");
        buttons.setAttribute("data-control", "layers");
        buttons.appendChild(neuronButton(network, layer, +1, "+", network.canAddNeuron(layer)));
        buttons.appendChild(neuronButton(network, layer, -1, "−", network.canRemoveNeuron(layer)));
        head(column).insertBefore(buttons, head(column).getFirstChild());
        head(column).appendChild(activationSelect(network, layer));
        HTMLElement list = Elements.of("div", "pg-nodes", "");
        for (int unit = 0; unit < size; unit++) {
            list.appendChild(node(new NodeRef(layer + 1, unit), "Hidden layer " + (layer + 1) + ", neuron "
                    + (unit + 1) + ": show what it computes and its weights", nodes));
        }
        column.appendChild(list);
        return column;
    }

    /** One output, or one per class with its colour. */
    HTMLElement outputs(PlaygroundData data, int columnIndex, List<NetworkView.NodeView> nodes) {
        HTMLElement column = column(columnIndex, "Output");
        HTMLElement list = Elements.of("div", "pg-nodes", "");
        int count = data.problem() == Problem.MULTICLASS ? data.classCount() : 1;
        for (int k = 0; k < count; k++) {
            HTMLElement row = Elements.of("div", "pg-output-row", "");
            String name = "class " + k;
            String label = count == 1 ? "Output" : "Output for class " + k;
            row.appendChild(node(new NodeRef(columnIndex, k), label + ": show it and its weights", nodes));
            if (count > 1) {
                HTMLElement dot = Elements.of("span", "pg-dot", "");
                dot.setAttribute("style", "background:" + Colours.css(Palette.classColour(k)));
                dot.setAttribute("title", name);
                row.appendChild(dot);
            }
            list.appendChild(row);
        }
        column.appendChild(list);
        return column;
    }

    /** A column whose first child is its head (same height in every column, so the nodes line up). */
    private HTMLElement column(int index, String title) {
        HTMLElement column = Elements.of("div", "pg-col", "");
        column.setAttribute("data-column", Integer.toString(index));
        HTMLElement head = Elements.of("div", "pg-col-head", "");
        head.appendChild(Elements.of("span", "pg-col-title", title));
        column.appendChild(head);
        return column;
    }

    private static HTMLElement head(HTMLElement column) {
        return (HTMLElement) column.getFirstChild();
    }

    private HTMLElement node(NodeRef ref, String label, List<NetworkView.NodeView> nodes) {
        HTMLElement button = Elements.of("button", "pg-node", "");
        button.setAttribute("type", "button");
        button.setAttribute("data-node", ref.toString());
        button.setAttribute("aria-label", label);
        button.setAttribute("aria-pressed", "false");
        Fields.on(button, "click", () -> page.nodeClicked(ref));
        Fields.on(button, "mouseenter", () -> page.hover(ref));
        Fields.on(button, "mouseleave", () -> page.hover(null));
        Fields.on(button, "focus", () -> page.hover(ref));
        Fields.on(button, "blur", () -> page.hover(null));
        nodes.add(new NetworkView.NodeView(ref, button));
        return button;
    }

    private HTMLElement neuronButton(Network network, int layer, int delta, String text, boolean enabled) {
        HTMLElement button = Elements.of("button", "pg-round pg-mini", text);
        button.setAttribute("type", "button");
        button.setAttribute("aria-label", (delta > 0 ? "Add a neuron to" : "Remove a neuron from") + " hidden layer "
                + (layer + 1));
        Elements.flag(button, "disabled", !enabled);
        Fields.on(button, "click", () -> page.changeNetwork(page.playground().network().withNeurons(layer, delta)));
        return button;
    }

    private HTMLElement activationSelect(Network network, int layer) {
        HTMLSelectElement select = (HTMLSelectElement) Elements.of("select", "pg-layer-activation", "");
        select.setAttribute("aria-label", "Activation of hidden layer " + (layer + 1));
        select.setAttribute("data-control", "activations");
        for (String[] option : ACTIVATIONS) {
            HTMLElement element = Dom.element("option", option[1]);
            element.setAttribute("value", option[0]);
            select.appendChild(element);
        }
        select.setValue(network.activation(layer).id());
        Fields.on(select, "change", () -> page.changeNetwork(
                page.playground().network().withActivation(layer, Activation.byId(select.getValue()))));
        return select;
    }
}
