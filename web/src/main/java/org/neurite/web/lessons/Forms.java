package org.neurite.web.lessons;

import org.neurite.web.dom.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/** Small pieces the widgets share: number boxes built in code, problem messages, shown values. */
final class Forms {
    private Forms() {
    }

    /** An {@code <input>} for a number, with an accessible name (it sits in a table cell without a label). */
    static HTMLInputElement numberBox(String id, String label) {
        HTMLInputElement input = (HTMLInputElement) HTMLDocument.current().createElement("input");
        input.setAttribute("id", id);
        input.setAttribute("type", "text");
        input.setAttribute("inputmode", "decimal");
        input.setAttribute("autocomplete", "off");
        input.setAttribute("spellcheck", "false");
        input.setAttribute("aria-label", label);
        input.setClassName("number");
        return input;
    }

    /** {@code current} if there already is a problem, else what is wrong with {@code input} (or null). */
    static String firstProblem(String current, NumberInput input) {
        boolean ok = input.read();
        return current != null ? current : ok ? null : input.problem();
    }

    /**
     * Shows {@code problem} in the widget's alert line, or hides the line when it is null. A problem also
     * blanks the widget's results: a total left from the last valid input, beside a message that the input is
     * wrong, reads as the answer to the wrong input. The widget writes them again once the input is valid.
     */
    static void showProblem(HTMLElement line, String problem) {
        line.setHidden(problem == null);
        line.setTextContent(problem == null ? "" : problem);
        markWidget(line, problem != null);
    }

    /** Marks the widget around {@code line} ({@code data-problem}, which hides its plots) and blanks its results. */
    @JSBody(params = { "line", "problem" }, script = ""
            + "var widget = line.closest('.widget'); if (!widget) { return; }"
            + "widget.toggleAttribute('data-problem', problem); if (!problem) { return; }"
            + "widget.querySelectorAll('[data-value], .stats .value').forEach(function (result) {"
            + "  result.textContent = '–'; result.removeAttribute('data-value'); });"
            + "widget.querySelectorAll('.readout-lines > *').forEach(function (line) { line.textContent = ''; });")
    private static native void markWidget(HTMLElement line, boolean problem);

    /** Writes a value for people (short) and for machines ({@code data-value}, full precision). */
    static void showValue(HTMLElement element, double value) {
        element.setTextContent(Shown.number(value));
        element.setAttribute("data-value", Double.toString(value));
    }

    /** The element's text, or "" for an element the page does not have. */
    static String textOf(String id) {
        HTMLElement element = Dom.byIdOrNull(id);
        return element == null ? "" : element.getTextContent();
    }
}
