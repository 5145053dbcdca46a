package org.neurite.web.lessons;

import org.neurite.engine.graph.Graph;
import org.neurite.engine.graph.Op;
import org.neurite.engine.lessons.CentralDifference;
import org.neurite.engine.lessons.ChainProduct;
import org.neurite.engine.lessons.ChainedLayers;
import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * Lesson 8: the chain rule through three one-neuron layers. dL/dw1 is written out as dL/dy times the
 * product of every local derivative on the way down to w1, each read off the engine's gates, and checked
 * against backpropagation and a central difference. The exercise: make dy/dw1 zero with no weight at zero.
 */
final class ChainWidget {
    private final NumberInput input = new NumberInput("chain-a", "the input a");
    private final NumberInput[] weights = {
        new NumberInput("chain-w1", "w₁"), new NumberInput("chain-w2", "w₂"), new NumberInput("chain-w3", "w₃")};
    private final NumberInput target = new NumberInput("chain-t", "the target t");
    private final HTMLSelectElement activation = (HTMLSelectElement) Dom.byId("chain-activation");
    private final HTMLElement problem = Dom.byId("chain-problem");
    private final HTMLElement forward = Dom.byId("chain-forward");
    private final HTMLElement factors = Dom.byId("chain-factors");
    private final HTMLElement product = Dom.byId("chain-dydw1");
    private final HTMLElement analytic = Dom.byId("chain-analytic");
    private final HTMLElement backprop = Dom.byId("chain-backprop");
    private final HTMLElement numeric = Dom.byId("chain-numeric");
    private final HTMLElement difference = Dom.byId("chain-difference");
    private final Exercise exercise;
    private boolean edited;

    ChainWidget(Exercise exercise) {
        this.exercise = exercise;
        input.onEdit(this::edited);
        target.onEdit(this::edited);
        for (NumberInput w : weights) {
            w.onEdit(this::edited);
        }
        activation.addEventListener("change", event -> edited());
        exercise.waiting("Change the weights or the activation to try.");
        update();
    }

    private void edited() {
        edited = true;
        update();
    }

    private void update() {
        String firstProblem = Forms.firstProblem(null, input);
        for (NumberInput w : weights) {
            firstProblem = Forms.firstProblem(firstProblem, w);
        }
        firstProblem = Forms.firstProblem(firstProblem, target);
        Forms.showProblem(problem, firstProblem);
        if (firstProblem != null) {
            return;
        }
        Op act = chosenActivation();
        Graph graph = ChainedLayers.withLoss(act, input.value(), weights[0].value(), weights[1].value(),
                weights[2].value(), target.value());
        double byDifference = CentralDifference.of(graph, graph.find("w1"));
        graph.backward();
        ChainProduct chain = ChainProduct.along(graph, graph.find("y"), graph.find("w1"));
        double dLdy = graph.find("y").gradient();
        double byChain = dLdy * chain.product();
        double byBackprop = graph.find("w1").gradient();
        showForward(graph, act);
        showFactors(chain, dLdy, byChain);
        Forms.showValue(product, chain.product());
        Forms.showValue(analytic, byChain);
        Forms.showValue(backprop, byBackprop);
        Forms.showValue(numeric, byDifference);
        Forms.showValue(difference, Math.abs(byChain - byDifference));
        if (edited) {
            check(chain.product());
        }
    }

    private Op chosenActivation() {
        switch (activation.getValue()) {
            case "tanh": return Op.TANH;
            case "relu": return Op.RELU;
            default: return Op.SIGMOID;
        }
    }

    private void showForward(Graph graph, Op act) {
        String f = act == Op.SIGMOID ? "σ" : act == Op.TANH ? "tanh" : "ReLU";
        forward.clear();
        String[][] lines = {
            {"s1", "w₁ · a"}, {"h1", f + "(s₁)"}, {"s2", "w₂ · h₁"}, {"h2", f + "(s₂)"}, {"s3", "w₃ · h₂"},
            {"y", f + "(s₃)"}, {"L", "½ (y − t)²"}};
        for (String[] line : lines) {
            forward.appendChild(Dom.element("li", pretty(line[0]) + " = " + line[1] + " = "
                    + Shown.number(graph.find(line[0]).value())));
        }
    }

    private void showFactors(ChainProduct chain, double dLdy, double byChain) {
        StringBuilder names = new StringBuilder("∂L/∂w₁ = ∂L/∂y");
        StringBuilder values = new StringBuilder("= " + Shown.term(dLdy));
        for (int i = 0; i < chain.factorCount(); i++) {
            names.append(" × ∂").append(pretty(chain.numerator(i))).append("/∂").append(pretty(chain.denominator(i)));
            values.append(" × ").append(Shown.term(chain.factor(i)));
        }
        values.append(" = ").append(Shown.number(byChain));
        factors.clear();
        factors.appendChild(Dom.element("p", names.toString()));
        factors.appendChild(Dom.element("p", values.toString()));
    }

    /** s1 -> s₁, for reading. */
    private static String pretty(String label) {
        if (label.length() == 2 && Character.isDigit(label.charAt(1))) {
            return label.charAt(0) + PerceptronWidget.subscript(label.charAt(1) - '0');
        }
        return label;
    }

    private void check(double dydw1) {
        boolean noZero = input.value() != 0;
        for (NumberInput w : weights) {
            noZero &= w.value() != 0;
        }
        if (!noZero) {
            exercise.failed("a zero weight (or input) makes the product zero trivially; keep a and every weight "
                    + "non-zero and find another way.");
        } else if (Math.abs(dydw1) < 1e-9) {
            exercise.passed("∂y/∂w₁ is 0: a local derivative on the way is 0 (a ReLU whose input is negative, or a "
                    + "saturated sigmoid), and it wipes out the whole product.");
        } else {
            exercise.failed("∂y/∂w₁ = " + Shown.number(dydw1) + ". Which local derivative could be exactly 0? Think of "
                    + "ReLU with a negative input.");
        }
    }
}
