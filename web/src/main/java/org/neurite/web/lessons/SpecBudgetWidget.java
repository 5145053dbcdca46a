package org.neurite.web.lessons;

import org.neurite.engine.nn.Layer;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.nn.Param;
import org.neurite.engine.random.Rng;
import org.neurite.web.dom.Dom;
import org.neurite.web.dom.SiteUrl;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * Lesson 11: the learner writes an MNIST model as a spec; the engine builds it and counts its parameters,
 * layer by layer. The exercise: an MLP for 784 pixels and 10 digits with fewer than 50,000 parameters.
 * "Open in the Studio" carries the spec over in the URL hash.
 */
final class SpecBudgetWidget {
    static final int BUDGET = 50_000;
    static final int PIXELS = 784;
    static final int DIGITS = 10;

    private final HTMLInputElement spec = (HTMLInputElement) Dom.byId("budget-spec");
    private final HTMLElement problem = Dom.byId("budget-problem");
    private final HTMLElement count = Dom.byId("budget-count");
    private final HTMLElement layers = Dom.byId("budget-layers");
    private final HTMLElement studio = Dom.byId("budget-studio");
    private final Exercise exercise;

    SpecBudgetWidget(Exercise exercise) {
        this.exercise = exercise;
        Dom.byId("budget-check").addEventListener("click", event -> check(true));
        spec.addEventListener("keydown", event -> {
            if ("Enter".equals(Keys.key(event))) {
                check(true);
            }
        });
        exercise.waiting("Write a spec and press Count to try.");
        check(false);
    }

    private void check(boolean attempt) {
        Model model;
        try {
            model = Model.create(ModelSpec.parse(spec.getValue()), new Rng(1));
        } catch (IllegalArgumentException e) {
            spec.setAttribute("aria-invalid", "true");
            Forms.showProblem(problem, "The engine cannot build this model: " + e.getMessage());
            if (attempt) {
                exercise.failed("the spec does not build yet; the message above says what to fix.");
            }
            return;
        }
        spec.removeAttribute("aria-invalid");
        Forms.showProblem(problem, null);
        showLayers(model);
        int total = model.parameterCount();
        Forms.showValue(count, total);
        studio.setAttribute("href", SiteUrl.of("mnist.html#spec=") + Window.encodeURIComponent(model.spec().toText()));
        if (attempt) {
            judge(model, total);
        }
    }

    private void showLayers(Model model) {
        layers.clear();
        for (Layer layer : model.layers()) {
            int n = 0;
            for (Param p : layer.params()) {
                n += p.size();
            }
            layers.appendChild(Dom.element("li", layer.describe() + ": " + n + " parameters"));
        }
    }

    private void judge(Model model, int total) {
        if (model.inputSize() != PIXELS) {
            exercise.failed("an MNIST image has 28 × 28 = 784 pixels, so the model needs 'input 784' (or "
                    + "'input 1x28x28'); this one takes " + model.inputSize() + ".");
        } else if (model.outputSize() != DIGITS) {
            exercise.failed("there are 10 digits, so the last layer needs 10 outputs; this one has "
                    + model.outputSize() + ".");
        } else if (total >= BUDGET) {
            exercise.failed(total + " parameters is over the budget of " + BUDGET + ". The first layer costs 785 per "
                    + "hidden neuron: use fewer.");
        } else {
            exercise.passed(total + " parameters, under " + BUDGET + ". Open it in the Studio and see how well it "
                    + "reads digits.");
        }
    }
}
