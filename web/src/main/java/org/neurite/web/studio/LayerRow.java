package org.neurite.web.studio;

import org.neurite.web.dom.Elements;
import org.neurite.web.dom.Numbers;
import org.neurite.engine.nn.Activation;
import org.neurite.engine.nn.LayerSpec;
import org.neurite.engine.nn.ModelSpecException;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * One hidden layer in the custom model editor: its kind and the fields that kind has (dense: units and
 * activation; conv: filters, kernel and activation; max pooling: window; dropout: rate; flatten: none), with
 * buttons to move it up or down and to remove it. It reads itself back as the engine's {@link LayerSpec}.
 */
final class LayerRow {
    private static final String[] ACTIVATIONS = {"relu", "tanh", "sigmoid", "leakyRelu", "linear"};

    /** What a row's buttons ask of the editor. */
    interface Actions {
        void changed();

        void move(LayerRow row, int by);

        void remove(LayerRow row);
    }

    private final String kind;
    private final HTMLElement item = Elements.of("li", "st-layer", "");
    private final HTMLElement title = Elements.of("span", "st-layer-kind", "");
    private HTMLElement units;
    private HTMLElement kernel;
    private HTMLElement activation;
    private HTMLElement rate;

    private LayerRow(String kind, Actions actions) {
        this.kind = kind;
        item.setAttribute("data-kind", kind);
        item.appendChild(title);
        HTMLElement fields = Elements.of("span", "st-layer-fields", "");
        item.appendChild(fields);
        switch (kind) {
            case LayerSpec.DENSE -> {
                units = field(fields, "units", "128", actions);
                activation = activationSelect(fields, actions);
            }
            case LayerSpec.CONV -> {
                units = field(fields, "filters", "8", actions);
                kernel = field(fields, "kernel", "5", actions);
                activation = activationSelect(fields, actions);
            }
            case LayerSpec.MAXPOOL -> kernel = field(fields, "window", "2", actions);
            case LayerSpec.DROPOUT -> rate = field(fields, "rate", "0.2", actions);
            default -> fields.appendChild(Elements.of("span", "st-note", "784 values in a row"));
        }
        HTMLElement tools = Elements.of("span", "st-layer-tools", "");
        tools.appendChild(tool("↑", "Move this layer up", () -> actions.move(this, -1)));
        tools.appendChild(tool("↓", "Move this layer down", () -> actions.move(this, 1)));
        tools.appendChild(tool("×", "Remove this layer", () -> actions.remove(this)));
        item.appendChild(tools);
    }

    /** A new row of {@code kind} with the usual values. */
    static LayerRow blank(String kind, Actions actions) {
        return new LayerRow(kind, actions);
    }

    /** A row showing {@code spec}. */
    static LayerRow of(LayerSpec spec, Actions actions) {
        LayerRow row = new LayerRow(spec.kind(), actions);
        switch (spec.kind()) {
            case LayerSpec.DENSE -> {
                Elements.setValue(row.units, Integer.toString(spec.units()));
                Elements.setValue(row.activation, spec.activation().id());
            }
            case LayerSpec.CONV -> {
                Elements.setValue(row.units, Integer.toString(spec.units()));
                Elements.setValue(row.kernel, Integer.toString(spec.kernel()));
                Elements.setValue(row.activation, spec.activation().id());
            }
            case LayerSpec.MAXPOOL -> Elements.setValue(row.kernel, Integer.toString(spec.kernel()));
            case LayerSpec.DROPOUT -> Elements.setValue(row.rate, Float.toString(spec.rate()));
            default -> {
                // flatten has nothing to set
            }
        }
        return row;
    }

    HTMLElement element() {
        return item;
    }

    /** Numbers the row as layer {@code position} (from 1) of the model. */
    void number(int position) {
        title.setTextContent(position + ". " + kindTitle());
    }

    /** The layer as the engine reads it; a field that is not a number is a {@link ModelSpecException} naming it. */
    LayerSpec toSpec(int position) {
        String where = "layer " + position + " (" + kind + "): ";
        return switch (kind) {
            case LayerSpec.DENSE -> LayerSpec.dense(whole(units, "units", where), activation(), null);
            case LayerSpec.CONV -> LayerSpec.conv(whole(units, "filters", where), whole(kernel, "kernel", where), 1,
                    true, activation(), null);
            case LayerSpec.MAXPOOL -> LayerSpec.maxPool(whole(kernel, "window", where));
            case LayerSpec.DROPOUT -> LayerSpec.dropout(decimal(rate, where));
            default -> LayerSpec.flatten();
        };
    }

    /** Marks the row as the one a model error is about. */
    void markInvalid(boolean invalid) {
        Elements.flag(item, "data-invalid", invalid);
    }

    private String kindTitle() {
        return switch (kind) {
            case LayerSpec.MAXPOOL -> "max pooling";
            default -> kind;
        };
    }

    private Activation activation() {
        return Activation.byId(Elements.value(activation));
    }

    private static int whole(HTMLElement input, String name, String where) {
        String text = Elements.value(input).trim();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ModelSpecException(where + name + " '" + text + "' is not a whole number");
        }
    }

    private static float decimal(HTMLElement input, String where) {
        String text = Elements.value(input).trim();
        try {
            return Float.parseFloat(text);
        } catch (NumberFormatException e) {
            throw new ModelSpecException(where + "rate '" + text + "' is not a number (e.g. 0.2)");
        }
    }

    private static HTMLElement field(HTMLElement parent, String name, String value, Actions actions) {
        HTMLElement label = Elements.of("label", "st-layer-field", "");
        label.appendChild(Elements.of("span", "st-label", name));
        HTMLElement input = Elements.of("input", "", "");
        input.setAttribute("type", "text");
        input.setAttribute("inputmode", "rate".equals(name) ? "decimal" : "numeric");
        input.setAttribute("size", "4");
        input.setAttribute("autocomplete", "off");
        Elements.setValue(input, value);
        input.addEventListener("input", e -> actions.changed());
        label.appendChild(input);
        parent.appendChild(label);
        return input;
    }

    private static HTMLElement activationSelect(HTMLElement parent, Actions actions) {
        HTMLElement label = Elements.of("label", "st-layer-field", "");
        label.appendChild(Elements.of("span", "st-label", "activation"));
        HTMLElement select = Elements.of("select", "", "");
        for (String id : ACTIVATIONS) {
            HTMLElement option = Elements.of("option", "", id);
            option.setAttribute("value", id);
            select.appendChild(option);
        }
        select.addEventListener("change", e -> actions.changed());
        label.appendChild(select);
        parent.appendChild(label);
        return select;
    }

    private static HTMLElement tool(String text, String label, Runnable action) {
        HTMLElement button = Elements.button("st-tool", text, label);
        button.onClick(e -> action.run());
        return button;
    }
}
