package org.neurite.web.lessons;

import org.neurite.engine.lessons.ActivationCurve;
import org.neurite.engine.nn.Activation;
import org.neurite.web.canvas.Plot;
import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * Lesson 3: an activation function f and its derivative f', plotted by the engine's own values, with a
 * slider for x. The exercise: find where the sigmoid is flat (f'(x) below 0.01), where a neuron barely learns.
 */
final class ActivationWidget {
    static final double X_LIMIT = 6;
    private static final String VALUE_COLOUR = "#0877bd";
    private static final String SLOPE_COLOUR = "#b85f00";

    private final HTMLSelectElement function = (HTMLSelectElement) Dom.byId("act-function");
    private final HTMLInputElement slider = (HTMLInputElement) Dom.byId("act-x");
    private final HTMLElement xShown = Dom.byId("act-x-value");
    private final HTMLElement value = Dom.byId("act-value");
    private final HTMLElement slope = Dom.byId("act-derivative");
    private final Plot plot = new Plot("act-plot", 0.55);
    private final Exercise exercise;
    private boolean touched;

    ActivationWidget(Exercise exercise) {
        this.exercise = exercise;
        function.addEventListener("change", event -> touched());
        slider.addEventListener("input", event -> touched());
        Resizing.onResize(this::update);
        exercise.waiting("Pick a function and move the slider to try.");
        update();
    }

    private void touched() {
        touched = true;
        update();
    }

    private void update() {
        Activation f = Activation.byId(function.getValue());
        double x = Double.parseDouble(slider.getValue());
        double fx = ActivationCurve.value(f, x);
        double slopeAtX = ActivationCurve.derivative(f, x);
        xShown.setTextContent(Shown.number(x, 1));
        Forms.showValue(value, fx);
        Forms.showValue(slope, slopeAtX);
        draw(f, x, fx, slopeAtX);
        if (touched) {
            check(f, x, slopeAtX);
        }
    }

    private void draw(Activation f, double x, double fx, double slopeAtX) {
        ActivationCurve curve = ActivationCurve.sample(f, -X_LIMIT, X_LIMIT, 241);
        boolean bounded = f == Activation.SIGMOID || f == Activation.TANH;
        plot.box(-X_LIMIT, X_LIMIT, bounded ? -1.2 : -1, bounded ? 1.2 : 4);
        plot.begin();
        plot.axes("x", "");
        plot.horizontal(0, "#8c959f", false);
        double[] xs = curve.xs();
        plot.curve(xs, curve.derivatives(), xs.length, SLOPE_COLOUR, 2, true);
        plot.curve(xs, curve.values(), xs.length, VALUE_COLOUR, 2.5, false);
        plot.vertical(x, "#4a5566", true);
        plot.dot(x, slopeAtX, 5, SLOPE_COLOUR);
        plot.dot(x, fx, 6, VALUE_COLOUR);
    }

    private void check(Activation f, double x, double slopeAtX) {
        if (f != Activation.SIGMOID) {
            exercise.failed("the task is about the sigmoid; choose it in the list.");
        } else if (slopeAtX < 0.01) {
            exercise.passed("At x = " + Shown.number(x, 1) + " the sigmoid's slope is only " + Shown.number(slopeAtX)
                    + ": a weight feeding this neuron would hardly change during training.");
        } else {
            exercise.failed("at x = " + Shown.number(x, 1) + " the slope is " + Shown.number(slopeAtX)
                    + ", still well above 0.01. Go further from 0.");
        }
    }
}
