package org.neurite.web.playground.ui;

import org.neurite.web.canvas.Colours;
import org.neurite.web.dom.Dom;
import org.neurite.web.playground.data.PlaygroundData;
import org.neurite.web.playground.model.Problem;
import org.neurite.web.playground.view.Palette;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What a click on the output does: nothing (look), add a point of the chosen class (or target), or erase
 * the nearest point. The brush offers one swatch per class; for regression, a high (+1) or low (-1) target.
 */
final class PointTools {
    private final HTMLElement brush = Dom.byId("pg-brush");
    private String brushKey = "";

    PointTools(PageController page) {
        Fields.onRadio("pg-tool", page::toolChanged);
    }

    /** "inspect", "add" or "erase". */
    String tool() {
        String tool = Fields.checkedRadio("pg-tool");
        return tool.isEmpty() ? "inspect" : tool;
    }

    /** The label of the points to add: a class index, or a target for regression. */
    float brushLabel() {
        String value = Fields.checkedRadio("pg-brush");
        return value.isEmpty() ? 0f : Float.parseFloat(value);
    }

    /** Rebuilds the swatches when the classes change. */
    void show(PlaygroundData data) {
        String key = data.problem() + ":" + data.classCount() + ":" + data.className(0) + ":" + data.className(1);
        brush.setHidden(!"add".equals(tool()));
        if (key.equals(brushKey)) {
            return;
        }
        brushKey = key;
        brush.clear();
        if (data.problem() == Problem.REGRESSION) {
            swatch("1", "+1", Palette.BLUE, true);
            swatch("-1", "−1", Palette.ORANGE, false);
        } else {
            for (int k = 0; k < data.classCount(); k++) {
                swatch(Integer.toString(k), data.className(k), Palette.classColour(k), k == 1);
            }
        }
    }

    private void swatch(String value, String text, int colour, boolean checked) {
        HTMLElement label = Dom.element("label", "");
        label.setAttribute("class", "pg-chip pg-swatch-chip");
        HTMLElement input = Dom.element("input", "");
        input.setAttribute("type", "radio");
        input.setAttribute("name", "pg-brush");
        input.setAttribute("value", value);
        if (checked) {
            input.setAttribute("checked", "");
        }
        HTMLElement dot = Dom.element("span", "");
        dot.setAttribute("class", "pg-dot");
        dot.setAttribute("style", "background:" + Colours.css(colour));
        label.appendChild(input);
        label.appendChild(dot);
        label.appendChild(Dom.element("span", text));
        brush.appendChild(label);
    }
}
