package org.neurite.web.playground.ui;

import org.neurite.web.canvas.Colours;
import org.neurite.web.dom.Dom;
import org.neurite.web.dom.Elements;
import org.neurite.web.playground.Playground;
import org.neurite.web.playground.data.PlaygroundData;
import org.neurite.web.playground.model.Problem;
import org.neurite.web.dom.Numbers;
import org.neurite.web.playground.view.NodeRef;
import org.neurite.web.playground.view.Palette;
import org.teavm.jso.dom.html.HTMLElement;

/** Says what the big square shows and how to read its colours. */
final class CaptionView {
    private final HTMLElement caption = Dom.byId("pg-heatmap-caption");
    private final HTMLElement legend = Dom.byId("pg-legend");
    private final HTMLElement canvas = Dom.byId("pg-heatmap");
    private String captionText = "";
    private String legendKey = "";

    void show(Playground playground, NodeRef shown) {
        PlaygroundData data = playground.data();
        String extent = Numbers.fixed(data.extent(), data.extent() == Math.round(data.extent()) ? 0 : 1);
        String what = shown == null ? outputText(data)
                : ParameterNames.node(playground, shown) + ": what it puts out at each point. Move away, press"
                        + " Escape or close the inspector to see the output again.";
        String text = what + " x₁ runs left to right and x₂ bottom to top, from −" + extent + " to " + extent + ".";
        if (!text.equals(captionText)) {
            captionText = text;
            caption.setTextContent(text);
            canvas.setAttribute("aria-label", "Heatmap. " + text);
        }
        showLegend(data, shown);
    }

    private static String outputText(PlaygroundData data) {
        switch (data.problem()) {
            case BINARY:
                return "The network's answer: blue where it predicts " + data.className(1) + ", orange for "
                        + data.className(0) + ", paler where it is unsure.";
            case MULTICLASS:
                return "The network's answer: each region takes the colour of the class it predicts ("
                        + classList(data) + "), paler where it is unsure.";
            default:
                return "The network's prediction: blue for high values, orange for low ones.";
        }
    }

    /** "cat orange, dog blue, bird green": which colour is which class. */
    private static String classList(PlaygroundData data) {
        StringBuilder list = new StringBuilder();
        for (int k = 0; k < data.classCount(); k++) {
            list.append(k > 0 ? ", " : "").append(data.className(k)).append(' ').append(Palette.className(k));
        }
        return list.toString();
    }

    private void showLegend(PlaygroundData data, NodeRef shown) {
        boolean classes = shown == null && data.problem() == Problem.MULTICLASS;
        String key = (classes ? "classes:" + data.classCount() : "scale:" + (shown == null ? data.problem() : "node"))
                + ":" + data.className(0) + ":" + data.className(1);
        if (key.equals(legendKey)) {
            return;
        }
        legendKey = key;
        legend.clear();
        if (classes) {
            for (int k = 0; k < data.classCount(); k++) {
                legend.appendChild(swatch(Palette.classColour(k), data.className(k) + " (" + Palette.className(k)
                        + ")"));
            }
            return;
        }
        String low = shown != null ? "−1" : data.problem() == Problem.BINARY ? data.className(0) + " (orange)" : "low";
        String high = shown != null ? "+1" : data.problem() == Problem.BINARY ? data.className(1) + " (blue)" : "high";
        legend.appendChild(Elements.of("span", "pg-legend-end", low));
        legend.appendChild(Elements.of("span", "pg-legend-bar", ""));
        legend.appendChild(Elements.of("span", "pg-legend-end", high));
    }

    private static HTMLElement swatch(int colour, String text) {
        HTMLElement item = Elements.of("span", "pg-legend-item", "");
        HTMLElement dot = Elements.of("span", "pg-dot", "");
        dot.setAttribute("style", "background:" + Colours.css(colour));
        item.appendChild(dot);
        item.appendChild(Dom.element("span", text));
        return item;
    }
}
