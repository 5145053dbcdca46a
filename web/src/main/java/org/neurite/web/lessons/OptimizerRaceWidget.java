package org.neurite.web.lessons;

import org.neurite.web.dom.FrameLoop;
import org.neurite.engine.lessons.DescentPath;
import org.neurite.engine.lessons.Objective;
import org.neurite.engine.optim.Optimizer;
import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * Lesson 5: the optimizer race. SGD, momentum, RMSProp and Adam, the engine's own, start from the same point
 * on the same surface, each with its own learning rate, and their paths are drawn together.
 */
final class OptimizerRaceWidget {
    static final String[] IDS = {"sgd", "momentum", "rmsprop", "adam"};
    static final String[] COLOURS = {"#1d2430", "#f59322", "#1e8e3e", "#0877bd"};
    static final int MAX_STEPS = 300;
    private static final int STEPS_PER_FRAME = 2;

    private final HTMLSelectElement surface = (HTMLSelectElement) Dom.byId("race-surface");
    private final SurfaceView view = new SurfaceView("race-plot");
    private final HTMLInputElement[] enabled = new HTMLInputElement[IDS.length];
    private final NumberInput[] rates = new NumberInput[IDS.length];
    private final HTMLElement[] losses = new HTMLElement[IDS.length];
    private final HTMLElement steps = Dom.byId("race-steps");
    private final HTMLElement problem = Dom.byId("race-problem");
    private final HTMLElement playButton = Dom.byId("race-play");
    private final FrameLoop loop = new FrameLoop();
    private final DescentPath[] paths = new DescentPath[IDS.length];
    private Objective objective;

    OptimizerRaceWidget() {
        for (int i = 0; i < IDS.length; i++) {
            enabled[i] = (HTMLInputElement) Dom.byId("race-on-" + IDS[i]);
            rates[i] = new NumberInput("race-lr-" + IDS[i], IDS[i] + "'s learning rate");
            losses[i] = Dom.byId("race-loss-" + IDS[i]);
            enabled[i].addEventListener("change", event -> reset());
            rates[i].onCommit(this::reset);
        }
        surface.addEventListener("change", event -> {
            suggestRates();
            reset();
        });
        playButton.addEventListener("click", event -> togglePlay());
        Dom.byId("race-reset").addEventListener("click", event -> reset());
        Resizing.onResize(this::draw);
        suggestRates();
        reset();
    }

    private void suggestRates() {
        objective = Objective.byId(surface.getValue());
        for (int i = 0; i < IDS.length; i++) {
            rates[i].set(objective.suggestedLearningRate(IDS[i]));
        }
    }

    private void reset() {
        loop.stop();
        playButton.setTextContent("Start the race");
        objective = Objective.byId(surface.getValue());
        String firstProblem = null;
        for (int i = 0; i < IDS.length; i++) {
            paths[i] = null;
            if (!enabled[i].isChecked()) {
                continue;
            }
            boolean ok = rates[i].read() && rates[i].value() > 0 && rates[i].value() <= 100;
            if (!ok) {
                firstProblem = firstProblem != null ? firstProblem : rates[i].problem() != null ? rates[i].problem()
                        : IDS[i] + "'s learning rate must be above 0 and at most 100";
                continue;
            }
            paths[i] = new DescentPath(objective, Optimizer.byId(IDS[i], (float) rates[i].value()),
                    objective.start(), 0);
        }
        Forms.showProblem(problem, firstProblem);
        show();
    }

    private void togglePlay() {
        if (loop.running()) {
            loop.stop();
            playButton.setTextContent("Go on");
            return;
        }
        playButton.setTextContent("Pause");
        loop.start(() -> {
            boolean more = false;
            for (int s = 0; s < STEPS_PER_FRAME; s++) {
                for (DescentPath path : paths) {
                    if (path != null && path.steps() < MAX_STEPS) {
                        path.step();
                        more |= path.steps() < MAX_STEPS && !path.diverged();
                    }
                }
            }
            show();
            if (!more) {
                playButton.setTextContent("Start the race");
            }
            return more;
        });
    }

    private void show() {
        int most = 0;
        for (int i = 0; i < IDS.length; i++) {
            DescentPath path = paths[i];
            if (path == null) {
                losses[i].setTextContent("–");
                losses[i].removeAttribute("data-value");
                continue;
            }
            most = Math.max(most, path.steps());
            if (path.diverged()) {
                losses[i].setTextContent("diverged");
            } else {
                Forms.showValue(losses[i], path.value(path.length() - 1));
            }
        }
        steps.setTextContent(Integer.toString(most));
        draw();
    }

    private void draw() {
        view.begin(objective);
        for (int i = 0; i < IDS.length; i++) {
            if (paths[i] != null) {
                view.path(paths[i], COLOURS[i], false);
            }
        }
    }
}
