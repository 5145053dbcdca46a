package org.neurite.web.lessons;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neurite.engine.graph.Node;
import org.neurite.engine.graph.ParsedExpression;
import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * Lesson 7's inputs: a number box per variable of the typed expression (values kept across rebuilds when a
 * name stays), and the results table: each input's value, its gradient from backpropagation and the central
 * difference beside it.
 */
final class GraphInputs {
    private static final Map<String, Double> COURSE_VALUES = new HashMap<>();

    static {
        COURSE_VALUES.put("x", -2.0);
        COURSE_VALUES.put("y", 5.0);
        COURSE_VALUES.put("z", -4.0);
    }

    private final HTMLElement boxes;
    private final HTMLElement table;
    private final Runnable onEdit;
    private final Map<String, NumberInput> inputs = new HashMap<>();
    private final Map<String, Double> remembered = new HashMap<>(COURSE_VALUES);

    GraphInputs(HTMLElement boxes, HTMLElement table, Runnable onEdit) {
        this.boxes = boxes;
        this.table = table;
        this.onEdit = onEdit;
    }

    void rebuild(ParsedExpression parsed) {
        for (Map.Entry<String, NumberInput> entry : inputs.entrySet()) {
            if (entry.getValue().read()) {
                remembered.put(entry.getKey(), entry.getValue().value());
            }
        }
        inputs.clear();
        boxes.clear();
        for (String name : parsed.variableNames()) {
            HTMLElement label = Dom.element("label", name + " = ");
            HTMLInputElement box = Forms.numberBox("graph-var-" + name, "value of " + name);
            label.appendChild(box);
            boxes.appendChild(label);
            NumberInput input = new NumberInput(box, "the value of " + name);
            Double value = remembered.get(name);
            input.set(value == null ? 1.0 : value);
            input.onEdit(onEdit);
            inputs.put(name, input);
        }
    }

    /** Copies the boxes into the expression's variables; returns the first problem, or null. */
    String apply(ParsedExpression parsed) {
        String firstProblem = null;
        for (String name : parsed.variableNames()) {
            NumberInput input = inputs.get(name);
            firstProblem = Forms.firstProblem(firstProblem, input);
            if (input.read()) {
                parsed.setVariable(name, input.value());
            }
        }
        return firstProblem;
    }

    /**
     * The results table. Gradients and their numerical check appear once the backward pass has reached the
     * inputs (the check shown earlier would give the exercise away); a check without a value says why
     * ({@code noValue}, null when every value is a number).
     */
    void showGradients(ParsedExpression parsed, double[] numeric, boolean backwardDone, String noValue) {
        table.clear();
        List<Node> variables = parsed.graph().inputs();
        String output = GateText.name(parsed.output());
        for (int i = 0; i < variables.size(); i++) {
            Node variable = variables.get(i);
            String name = variable.label();
            HTMLElement row = Dom.element("tr", "");
            row.appendChild(Dom.element("th", name));
            row.appendChild(Dom.element("td", Shown.number(variable.value())));
            HTMLElement gradient = Dom.element("td", "–");
            gradient.setAttribute("id", "graph-grad-" + name);
            gradient.setAttribute("aria-label", "d" + output + "/d" + name + " by backpropagation");
            if (backwardDone) {
                Forms.showValue(gradient, variable.gradient());
            }
            row.appendChild(gradient);
            HTMLElement difference = Dom.element("td", "–");
            difference.setAttribute("id", "graph-numeric-" + name);
            if (backwardDone && Double.isFinite(numeric[i])) {
                Forms.showValue(difference, numeric[i]);
            } else if (backwardDone) {
                difference.setTextContent("no value: " + (noValue == null ? "the difference is not a number"
                        : noValue));
            }
            row.appendChild(difference);
            table.appendChild(row);
        }
    }
}
