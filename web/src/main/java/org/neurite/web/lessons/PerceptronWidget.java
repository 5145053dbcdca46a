package org.neurite.web.lessons;

import org.neurite.engine.lessons.Perceptron;
import org.neurite.engine.nn.Activation;
import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * Lesson 2: one neuron's forward pass, output = g(x . w + b), with every product, the sum and g(sum) shown
 * and recomputed by the engine on each edit. The exercise: keep the course's inputs and bring the sigmoid
 * output below 0.5 by changing weights or the bias.
 */
final class PerceptronWidget {
    static final double[] COURSE_INPUTS = {2, 3, -1, 5, 1};
    static final double[] COURSE_WEIGHTS = {0.1, 0.5, 2.5, 0.2, 3.0};

    private final NumberInput[] inputs = new NumberInput[COURSE_INPUTS.length];
    private final NumberInput[] weights = new NumberInput[COURSE_WEIGHTS.length];
    private final HTMLElement[] products = new HTMLElement[COURSE_INPUTS.length];
    private final NumberInput bias = new NumberInput("perceptron-bias", "the bias b");
    private final HTMLSelectElement activation = (HTMLSelectElement) Dom.byId("perceptron-activation");
    private final HTMLElement sumLine = Dom.byId("perceptron-sum-line");
    private final HTMLElement sum = Dom.byId("perceptron-sum");
    private final HTMLElement output = Dom.byId("perceptron-output");
    private final HTMLElement outputLine = Dom.byId("perceptron-output-line");
    private final HTMLElement problem = Dom.byId("perceptron-problem");
    private final Exercise exercise;
    private boolean edited;

    PerceptronWidget(Exercise exercise) {
        this.exercise = exercise;
        buildRows();
        bias.onEdit(this::edited);
        activation.addEventListener("change", event -> edited());
        Dom.byId("perceptron-reset").addEventListener("click", event -> reset());
        exercise.waiting("Change a weight or the bias to try.");
        update();
    }

    private void buildRows() {
        HTMLElement body = Dom.byId("perceptron-rows");
        body.clear();
        for (int i = 0; i < COURSE_INPUTS.length; i++) {
            HTMLElement row = Dom.element("tr", "");
            row.appendChild(Dom.element("th", "x" + subscript(i + 1)));
            inputs[i] = new NumberInput(cellInput(row, "perceptron-x" + (i + 1), "input x" + (i + 1)),
                    "input x" + (i + 1));
            weights[i] = new NumberInput(cellInput(row, "perceptron-w" + (i + 1), "weight w" + (i + 1)),
                    "weight w" + (i + 1));
            products[i] = Dom.element("td", "");
            products[i].setAttribute("id", "perceptron-p" + (i + 1));
            products[i].setClassName("result");
            row.appendChild(products[i]);
            body.appendChild(row);
            inputs[i].set(COURSE_INPUTS[i]);
            weights[i].set(COURSE_WEIGHTS[i]);
            inputs[i].onEdit(this::edited);
            weights[i].onEdit(this::edited);
        }
    }

    private static HTMLInputElement cellInput(HTMLElement row, String id, String label) {
        HTMLElement cell = Dom.element("td", "");
        HTMLInputElement input = Forms.numberBox(id, label);
        cell.appendChild(input);
        row.appendChild(cell);
        return input;
    }

    static String subscript(int n) {
        return String.valueOf((char) ('₀' + n));
    }

    private void reset() {
        for (int i = 0; i < COURSE_INPUTS.length; i++) {
            inputs[i].set(COURSE_INPUTS[i]);
            weights[i].set(COURSE_WEIGHTS[i]);
        }
        bias.set(0);
        activation.setValue("sigmoid");
        edited = false;
        exercise.waiting("Change a weight or the bias to try.");
        update();
    }

    private void edited() {
        edited = true;
        update();
    }

    private void update() {
        double[] x = new double[inputs.length];
        double[] w = new double[weights.length];
        String firstProblem = null;
        for (int i = 0; i < x.length; i++) {
            firstProblem = Forms.firstProblem(firstProblem, inputs[i]);
            firstProblem = Forms.firstProblem(firstProblem, weights[i]);
            x[i] = inputs[i].value();
            w[i] = weights[i].value();
        }
        firstProblem = Forms.firstProblem(firstProblem, bias);
        Forms.showProblem(problem, firstProblem);
        if (firstProblem != null) {
            return;
        }
        Activation g = Activation.byId(activation.getValue());
        Perceptron p = Perceptron.forward(x, w, bias.value(), g);
        showPass(p, g);
        if (edited) {
            check(x, g, p.output());
        }
    }

    private void showPass(Perceptron p, Activation g) {
        StringBuilder line = new StringBuilder("z = ");
        for (int i = 0; i < p.inputCount(); i++) {
            Forms.showValue(products[i], p.product(i));
            line.append(i == 0 ? "" : " + ").append(Shown.term(p.product(i)));
        }
        line.append(" + ").append(Shown.term(bias.value())).append(" = ").append(Shown.number(p.sum()));
        sumLine.setTextContent(line.toString());
        Forms.showValue(sum, p.sum());
        Forms.showValue(output, p.output());
        outputLine.setTextContent(Activations.symbol(g) + "(" + Shown.number(p.sum()) + ") = "
                + Shown.number(p.output()));
    }

    private void check(double[] x, Activation g, double out) {
        for (int i = 0; i < x.length; i++) {
            if (x[i] != COURSE_INPUTS[i]) {
                exercise.failed("the inputs are the data, so keep them as they were (x" + subscript(i + 1) + " = "
                        + Shown.number(COURSE_INPUTS[i]) + "); change weights or the bias instead.");
                return;
            }
        }
        if (g != Activation.SIGMOID) {
            exercise.failed("switch g back to the sigmoid: the task is about the sigmoid's output.");
        } else if (out < 0.5) {
            exercise.passed("The output is " + Shown.number(out) + ", below 0.5: the sum z is negative, and "
                    + "the sigmoid of a negative number is below one half.");
        } else {
            exercise.failed("the output is " + Shown.number(out) + ". Make the sum z negative: a negative "
                    + "weight on a positive input, or a negative bias, pulls it down.");
        }
    }
}
