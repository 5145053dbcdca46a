package org.neurite.web.lessons;

import java.util.List;
import org.neurite.engine.graph.BackwardStep;
import org.neurite.engine.graph.Node;
import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Lesson 7's list of gates in forward order. Each gate shows its formula, then its value once the forward
 * pass has reached it, then its backward step once the backward pass has: the upstream gradient, the local
 * gradient for each input and their product sent down.
 */
final class GateList {
    private final HTMLElement list;

    GateList(HTMLElement list) {
        this.list = list;
    }

    /** {@code broken}: the first gate without a value, whose line says why; null when all have one. */
    void show(List<Node> gates, List<BackwardStep> steps, int forwardShown, int backwardShown, Node broken) {
        list.clear();
        String output = GateText.name(gates.get(gates.size() - 1));
        for (int i = 0; i < gates.size(); i++) {
            Node gate = gates.get(i);
            int stepIndex = gates.size() - 1 - i;
            boolean current = backwardShown > 0 ? stepIndex == backwardShown - 1
                    : i == forwardShown - 1;
            HTMLElement item = Dom.element("li", "");
            item.setAttribute("id", "graph-gate-" + GateText.name(gate));
            item.setClassName(current ? "gate current" : "gate");
            HTMLElement title = Dom.element("p", GateText.name(gate) + " = " + GateText.formula(gate));
            title.setClassName("gate-formula");
            item.appendChild(title);
            if (i < forwardShown) {
                HTMLElement forward = Dom.element("p", "forward: " + GateText.name(gate) + " = "
                        + GateText.withValues(gate) + " = " + Shown.number(gate.value())
                        + (gate == broken ? " (" + GateText.whyNoValue(gate) + ")" : ""));
                forward.setClassName("gate-forward");
                item.appendChild(forward);
            }
            if (stepIndex < backwardShown && stepIndex < steps.size()) {
                item.appendChild(backward(steps.get(stepIndex), output));
            }
            list.appendChild(item);
        }
    }

    private static HTMLElement backward(BackwardStep step, String output) {
        HTMLElement box = Dom.element("div", "");
        box.setClassName("gate-backward");
        String gate = GateText.name(step.gate());
        box.appendChild(Dom.element("p", "backward: upstream ∂" + output + "/∂" + gate + " = "
                + Shown.number(step.upstreamGradient()) + " (" + GateText.rule(step.gate().op()) + ")"));
        HTMLElement inputs = Dom.element("ul", "");
        for (int k = 0; k < step.inputCount(); k++) {
            Node input = step.input(k);
            if (input.isConstant()) {
                continue;
            }
            String name = GateText.name(input);
            double local = step.localGradient(k);
            String line = "to " + name + ": local ∂" + gate + "/∂" + name + " = " + Shown.number(local) + ", so "
                    + Shown.number(step.upstreamGradient()) + " × " + Shown.term(local) + " = "
                    + Shown.number(step.downstreamGradient(k));
            // A shared input's gradient is a sum: say where the sum stands after every contribution, the first too.
            if (step.inputShared(k)) {
                line += " (added up, " + name + " has " + Shown.number(step.inputGradientAfter(k)) + " so far)";
            }
            inputs.appendChild(Dom.element("li", line));
        }
        box.appendChild(inputs);
        return box;
    }
}
