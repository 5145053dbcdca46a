package org.neurite.web.lessons;

import org.neurite.engine.lessons.LinearStack;
import org.neurite.engine.nn.Activation;
import org.neurite.engine.nn.Dense;
import org.neurite.web.dom.Dom;
import org.neurite.web.katex.Katex;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * Lesson 1: two linear layers stacked with no activation are one linear layer, W = W1 W2 and
 * b = b1 W2 + b2. The engine runs the stack and collapses it; the widget shows both outputs side by side.
 * With a ReLU between the layers they can disagree, which is the exercise.
 */
final class LinearStackWidget {
    private final HTMLSelectElement activation = (HTMLSelectElement) Dom.byId("stack-activation");
    private final NumberInput[] x = {
        new NumberInput("stack-x1", "x₁"), new NumberInput("stack-x2", "x₂"), new NumberInput("stack-x3", "x₃")};
    private final HTMLElement problem = Dom.byId("stack-problem");
    private final HTMLElement stackOutput = Dom.byId("stack-output");
    private final HTMLElement collapsedOutput = Dom.byId("stack-collapsed");
    private final HTMLElement hidden = Dom.byId("stack-hidden");
    private final HTMLElement verdict = Dom.byId("stack-verdict");
    private final Exercise exercise;
    private int seed = 1;
    private boolean edited;
    private LinearStack stack;

    LinearStackWidget(Exercise exercise) {
        this.exercise = exercise;
        for (NumberInput input : x) {
            input.onEdit(this::edited);
        }
        activation.addEventListener("change", event -> {
            edited = true;
            rebuild();
        });
        Dom.byId("stack-new").addEventListener("click", event -> {
            seed++;
            rebuild();
        });
        exercise.waiting("Choose the activation and an input x to try.");
        rebuild();
    }

    private void edited() {
        edited = true;
        update();
    }

    private void rebuild() {
        stack = LinearStack.create(seed, Activation.byId(activation.getValue()));
        showMatrices();
        update();
    }

    private void showMatrices() {
        Dense first = stack.first();
        Dense second = stack.second();
        String w1 = Matrices.tex(first.weights().value(), LinearStack.INPUTS, LinearStack.HIDDEN);
        String b1 = Matrices.tex(first.bias().value(), 1, LinearStack.HIDDEN);
        String w2 = Matrices.tex(second.weights().value(), LinearStack.HIDDEN, LinearStack.OUTPUTS);
        String b2 = Matrices.tex(second.bias().value(), 1, LinearStack.OUTPUTS);
        Katex.render(Dom.byId("stack-layers"), "W_1 = " + w1 + ",\\; b_1 = " + b1 + ",\\qquad W_2 = " + w2
                + ",\\; b_2 = " + b2, true, "W1, b1, W2, b2: see the table");
        String w = Matrices.tex(stack.collapsedWeights(), LinearStack.INPUTS, LinearStack.OUTPUTS);
        String b = Matrices.tex(stack.collapsedBias(), 1, LinearStack.OUTPUTS);
        Katex.render(Dom.byId("stack-collapse"), "W = W_1 W_2 = " + w + ",\\qquad b = b_1 W_2 + b_2 = " + b,
                true, "W = W1 W2, b = b1 W2 + b2");
    }

    private void update() {
        String firstProblem = null;
        for (NumberInput input : x) {
            firstProblem = Forms.firstProblem(firstProblem, input);
        }
        Forms.showProblem(problem, firstProblem);
        if (firstProblem != null) {
            return;
        }
        double[] input = {x[0].value(), x[1].value(), x[2].value()};
        double viaStack = stack.stackOutput(input);
        float[] z = stack.first().preActivations();
        hidden.setTextContent("hidden layer before the activation: (" + Shown.number(z[0]) + ", "
                + Shown.number(z[1]) + ")");
        double viaCollapse = stack.collapsedOutput(input);
        Forms.showValue(stackOutput, viaStack);
        Forms.showValue(collapsedOutput, viaCollapse);
        boolean same = Math.abs(viaStack - viaCollapse) < 1e-4;
        verdict.setTextContent(same ? "The same: one matrix does the work of both layers."
                : "Different: the ReLU cut off a negative hidden value, so no single matrix can do this.");
        verdict.setAttribute("data-same", same ? "true" : "false");
        if (edited) {
            check(same, z);
        }
    }

    private void check(boolean same, float[] z) {
        boolean relu = "relu".equals(activation.getValue());
        if (!relu) {
            exercise.failed("with no activation the two outputs always agree; that is the lesson. Switch the "
                    + "activation to ReLU.");
        } else if (same) {
            exercise.failed("for this x both hidden values are positive, so the ReLU changed nothing. Pick x so that "
                    + "a hidden value (now " + Shown.number(z[0]) + " and " + Shown.number(z[1]) + ") turns negative.");
        } else {
            exercise.passed("With a ReLU in between, the stack is no longer one matrix: it can bend.");
        }
    }
}
