package org.neurite.web.lessons;

import org.neurite.engine.lessons.DescentPath;
import org.neurite.engine.lessons.Parabola;
import org.neurite.engine.optim.Sgd;
import org.neurite.web.canvas.Plot;
import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * Lesson 5: gradient descent on the 1-D loss J(w) = (w - 2)^2 + 1, with the engine's SGD moving the weight.
 * The learner sets the learning rate (and optionally a decaying one) and watches the path. The exercise:
 * a learning rate that gets within 0.01 of the minimum in at most 50 steps.
 */
final class CurveDescentWidget {
    static final int EXERCISE_STEPS = 50;
    static final double TOLERANCE = 0.01;
    static final double DECAY = 0.1;
    private static final String CURVE_COLOUR = "#0877bd";
    private static final String PATH_COLOUR = "#b85f00";

    private final Parabola curve = new Parabola();
    private final NumberInput rate = new NumberInput("curve-lr", "the learning rate");
    private final HTMLInputElement decay = (HTMLInputElement) Dom.byId("curve-decay");
    private final HTMLElement problem = Dom.byId("curve-problem");
    private final HTMLElement steps = Dom.byId("curve-steps");
    private final HTMLElement weight = Dom.byId("curve-w");
    private final HTMLElement loss = Dom.byId("curve-loss");
    private final HTMLElement gradient = Dom.byId("curve-gradient");
    private final HTMLElement nextRate = Dom.byId("curve-rate");
    private final HTMLElement state = Dom.byId("curve-state");
    private final Plot plot = new Plot("curve-plot", 0.5);
    private final DescentPlayer player = new DescentPlayer("curve-play", 160, () -> advance(1), this::worthPlaying);
    private final Exercise exercise;
    private DescentPath path;
    private int convergedAt;
    private boolean tried;

    CurveDescentWidget(Exercise exercise) {
        this.exercise = exercise;
        rate.onCommit(this::reset);
        decay.addEventListener("change", event -> reset());
        Dom.byId("curve-step").addEventListener("click", event -> {
            player.stop();
            advance(1);
        });
        Dom.byId("curve-run50").addEventListener("click", event -> {
            reset();
            advance(EXERCISE_STEPS);
        });
        Dom.byId("curve-reset").addEventListener("click", event -> reset());
        preset("curve-preset-small", 0.01, false);
        preset("curve-preset-good", 0.3, false);
        preset("curve-preset-large", 1.05, false);
        preset("curve-preset-decay", 0.95, true);
        Resizing.onResize(this::draw);
        exercise.waiting("Set a learning rate and take some steps to try.");
        reset();
    }

    private void preset(String id, double learningRate, boolean decaying) {
        Dom.byId(id).addEventListener("click", event -> {
            rate.set(learningRate);
            decay.setChecked(decaying);
            reset();
        });
    }

    private void reset() {
        player.stop();
        if (!DescentPlayer.readRate(rate, problem, "0.1")) {
            return;
        }
        path = new DescentPath(curve, new Sgd((float) rate.value()), curve.start(), decay.isChecked() ? DECAY : 0);
        convergedAt = -1;
        if (tried) {
            exercise.waiting("New learning rate: take some steps (or run 50) to try it.");
        }
        show();
    }

    /** Playing goes on until the path diverges, reaches the minimum or has taken 200 steps. */
    private boolean worthPlaying() {
        return path != null && !path.diverged() && path.steps() < 200 && convergedAt < 0;
    }

    private void advance(int count) {
        if (path == null) {
            return;
        }
        for (int i = 0; i < count && path.step(); i++) {
            if (convergedAt < 0 && path.distanceToMinimum() < TOLERANCE) {
                convergedAt = path.steps();
            }
        }
        tried = true;
        show();
    }

    private void show() {
        double[] w = path.current();
        double[] g = new double[1];
        curve.gradient(w, g);
        steps.setTextContent(Integer.toString(path.steps()));
        Forms.showValue(weight, w[0]);
        Forms.showValue(loss, curve.value(w));
        Forms.showValue(gradient, g[0]);
        Forms.showValue(nextRate, path.nextLearningRate());
        if (path.diverged()) {
            state.setTextContent("Diverged: every step overshoots further than the last.");
        } else if (convergedAt >= 0) {
            state.setTextContent("Reached the minimum (within " + Shown.number(TOLERANCE) + ") after " + convergedAt
                    + (convergedAt == 1 ? " step." : " steps."));
        } else {
            state.setTextContent("");
        }
        draw();
        if (tried) {
            check();
        }
    }

    private void draw() {
        if (path == null) {
            return;
        }
        plot.box(curve.lower(0), curve.upper(0), 0, 30);
        plot.begin();
        plot.axes("weight w", "loss J(w)");
        int n = 200;
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] w = new double[1];
        for (int i = 0; i < n; i++) {
            xs[i] = curve.lower(0) + (curve.upper(0) - curve.lower(0)) * i / (n - 1);
            w[0] = xs[i];
            ys[i] = curve.value(w);
        }
        plot.curve(xs, ys, n, CURVE_COLOUR, 2.5, false);
        PathDrawing.draw(plot, path, PATH_COLOUR, true);
    }

    private void check() {
        if (convergedAt >= 0 && convergedAt <= EXERCISE_STEPS) {
            exercise.passed("With learning rate " + Shown.number(rate.value()) + " gradient descent reached the "
                    + "minimum in " + convergedAt + " steps.");
        } else if (path.diverged()) {
            exercise.failed("learning rate " + Shown.number(rate.value()) + " is too large: the steps overshoot and "
                    + "grow. Try a smaller one.");
        } else if (path.steps() >= EXERCISE_STEPS) {
            exercise.failed("after " + path.steps() + " steps w is still " + Shown.number(path.distanceToMinimum())
                    + " away from the minimum. " + (rate.value() < 0.5 ? "Try a larger learning rate."
                    : "The steps bounce from side to side; try a smaller learning rate."));
        }
    }
}
