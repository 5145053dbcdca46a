package org.neurite.web.lessons;

import java.util.ArrayList;
import java.util.List;
import org.neurite.engine.graph.BackwardStep;
import org.neurite.engine.graph.ExpressionException;
import org.neurite.engine.graph.ExpressionParser;
import org.neurite.engine.graph.Node;
import org.neurite.engine.graph.ParsedExpression;
import org.neurite.engine.lessons.CentralDifference;
import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * Lesson 7: backpropagation on a graph of gates, one gate at a time. The engine's expression parser builds
 * the graph from what the learner types, runs the forward pass and the backward pass; the widget reveals
 * them step by step (upstream x local = downstream at each gate) and checks every input's gradient against
 * a central difference.
 */
final class GraphWidget {
    static final String COURSE_EXPRESSION = "(x + y) * z";

    private final HTMLInputElement expression = (HTMLInputElement) Dom.byId("graph-expression");
    private final HTMLElement problem = Dom.byId("graph-problem");
    private final HTMLElement status = Dom.byId("graph-status");
    private final GraphInputs inputs = new GraphInputs(Dom.byId("graph-variables"), Dom.byId("graph-inputs"),
            this::valuesEdited);
    private final GateList gateList = new GateList(Dom.byId("graph-gates"));
    private final GraphExercise exercise;
    private ParsedExpression parsed;
    private List<Node> gates = new ArrayList<>();
    private List<BackwardStep> steps = new ArrayList<>();
    private double[] numeric = new double[0];
    private int forwardShown;
    private int backwardShown;
    private boolean edited;

    GraphWidget(Exercise exercise) {
        this.exercise = new GraphExercise(exercise);
        Dom.byId("graph-build").addEventListener("click", event -> build());
        expression.addEventListener("keydown", event -> {
            if ("Enter".equals(Keys.key(event))) {
                build();
            }
        });
        Dom.byId("graph-forward").addEventListener("click", event -> forwardStep());
        Dom.byId("graph-backward").addEventListener("click", event -> backwardStep());
        Dom.byId("graph-all").addEventListener("click", event -> {
            forwardShown = gates.size();
            backwardShown = steps.size();
            show();
        });
        Dom.byId("graph-restart").addEventListener("click", event -> {
            forwardShown = 0;
            backwardShown = 0;
            show();
        });
        build();
    }

    private void build() {
        ParsedExpression next;
        try {
            next = ExpressionParser.parse(expression.getValue());
        } catch (ExpressionException e) {
            expression.setAttribute("aria-invalid", "true");
            Forms.showProblem(problem, "Cannot read this expression: " + e.getMessage());
            return;
        }
        if (next.graph().gates().isEmpty()) {
            expression.setAttribute("aria-invalid", "true");
            Forms.showProblem(problem, "This expression has no operation to step through; combine variables "
                    + "with + - * / ^ or a function, as in (x + y) * z");
            return;
        }
        expression.removeAttribute("aria-invalid");
        Forms.showProblem(problem, null);
        parsed = next;
        GateNames.assign(parsed);
        gates = parsed.graph().gates();
        inputs.rebuild(parsed);
        forwardShown = 0;
        backwardShown = 0;
        valuesChanged();
    }

    private void valuesEdited() {
        edited = true;
        valuesChanged();
    }

    /** New input values: forward again, numeric gradients, backward again; the steps shown so far stay shown. */
    private void valuesChanged() {
        String firstProblem = inputs.apply(parsed);
        Forms.showProblem(problem, firstProblem);
        if (firstProblem != null) {
            return;
        }
        parsed.graph().forward();
        List<Node> variables = parsed.graph().inputs();
        numeric = new double[variables.size()];
        for (int i = 0; i < numeric.length; i++) {
            numeric[i] = CentralDifference.of(parsed.graph(), variables.get(i));
        }
        steps = parsed.graph().backward();
        show();
    }

    private void forwardStep() {
        if (forwardShown < gates.size()) {
            forwardShown++;
        }
        show();
    }

    private void backwardStep() {
        if (forwardShown < gates.size()) {
            // The backward pass needs every value of the forward pass: finish it first.
            forwardShown = gates.size();
        } else if (backwardShown < steps.size()) {
            backwardShown++;
        }
        show();
    }

    private void show() {
        if (parsed == null) {
            return;
        }
        Node broken = parsed.graph().firstNonFinite();
        String noValue = broken == null ? null : GateText.whyNoValue(broken);
        gateList.show(gates, steps, forwardShown, backwardShown, broken);
        boolean done = backwardShown == steps.size() && forwardShown == gates.size();
        inputs.showGradients(parsed, numeric, done, noValue);
        if (broken != null) {
            status.setTextContent("Careful: " + GateText.name(broken) + " has no value here: " + noValue + ".");
        } else if (forwardShown < gates.size()) {
            status.setTextContent("Forward pass: " + forwardShown + " of " + gates.size() + " gates computed.");
        } else if (!done) {
            status.setTextContent("Forward pass done: " + GateText.name(parsed.output()) + " = "
                    + Shown.number(parsed.output().value()) + ". Backward pass: " + backwardShown + " of "
                    + steps.size() + " gates.");
        } else {
            status.setTextContent("Both passes done: every input has its gradient.");
        }
        status.setAttribute("data-phase", done ? "done" : forwardShown < gates.size() ? "forward" : "backward");
        if (done && edited) {
            exercise.check(expression.getValue(), parsed);
        }
    }
}
