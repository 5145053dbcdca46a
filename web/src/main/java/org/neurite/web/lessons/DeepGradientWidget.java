package org.neurite.web.lessons;

import org.neurite.web.dom.FrameLoop;
import org.neurite.engine.lessons.DeepNetwork;
import org.neurite.engine.nn.Activation;
import org.neurite.engine.nn.Init;
import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * Lesson 9: two deep networks (eight dense layers each) train on the circle data side by side, with a bar
 * per layer for the gradient norm the engine measured. The exercise: change network A so that its first
 * layer gets between a tenth and ten times the gradient of its last layer.
 */
final class DeepGradientWidget {
    static final int MAX_STEPS = 600;
    static final int EXERCISE_STEPS = 50;
    private static final int STEPS_PER_FRAME = 4;
    private static final float LEARNING_RATE = 0.05f;
    private static final int SEED = 1;
    private static final String[] KEYS = {"a", "b"};

    private final HTMLSelectElement[] activations = new HTMLSelectElement[2];
    private final HTMLSelectElement[] inits = new HTMLSelectElement[2];
    private final GradientBars[] bars = new GradientBars[2];
    private final DeepNetwork[] networks = new DeepNetwork[2];
    private final HTMLElement steps = Dom.byId("deep-steps");
    private final HTMLElement trainButton = Dom.byId("deep-train");
    private final FrameLoop loop = new FrameLoop();
    private final Exercise exercise;

    DeepGradientWidget(Exercise exercise) {
        this.exercise = exercise;
        for (int k = 0; k < 2; k++) {
            activations[k] = (HTMLSelectElement) Dom.byId("deep-" + KEYS[k] + "-activation");
            inits[k] = (HTMLSelectElement) Dom.byId("deep-" + KEYS[k] + "-init");
            bars[k] = new GradientBars("deep-" + KEYS[k] + "-bars");
            activations[k].addEventListener("change", event -> reset());
            inits[k].addEventListener("change", event -> reset());
        }
        trainButton.addEventListener("click", event -> toggle());
        Dom.byId("deep-reset").addEventListener("click", event -> reset());
        Resizing.onResize(this::show);
        exercise.waiting("Train for at least " + EXERCISE_STEPS + " steps to try.");
        reset();
    }

    private void reset() {
        loop.stop();
        trainButton.setTextContent("Train");
        for (int k = 0; k < 2; k++) {
            networks[k] = new DeepNetwork(Activation.byId(activations[k].getValue()), Init.byId(inits[k].getValue()),
                    LEARNING_RATE, SEED);
        }
        show();
    }

    private void toggle() {
        if (loop.running()) {
            loop.stop();
            trainButton.setTextContent("Train");
            return;
        }
        if (networks[0].steps() >= MAX_STEPS) {
            reset();
        }
        trainButton.setTextContent("Pause");
        loop.start(() -> {
            boolean more = false;
            for (int s = 0; s < STEPS_PER_FRAME; s++) {
                for (DeepNetwork network : networks) {
                    if (network.steps() < MAX_STEPS) {
                        more |= network.step();
                    }
                }
            }
            show();
            more &= networks[0].steps() < MAX_STEPS;
            if (!more) {
                trainButton.setTextContent("Train");
            }
            return more;
        });
    }

    private void show() {
        steps.setTextContent(Integer.toString(networks[0].steps()));
        steps.setAttribute("data-value", Integer.toString(networks[0].steps()));
        for (int k = 0; k < 2; k++) {
            DeepNetwork network = networks[k];
            bars[k].draw(network);
            String key = "deep-" + KEYS[k];
            if (network.steps() == 0) {
                for (String part : new String[] {"-first", "-last", "-ratio", "-loss"}) {
                    Dom.byId(key + part).setTextContent("–");
                    Dom.byId(key + part).removeAttribute("data-value");
                }
                continue;
            }
            Forms.showValue(Dom.byId(key + "-first"), network.averageNorm(0));
            Forms.showValue(Dom.byId(key + "-last"), network.averageNorm(network.layerCount() - 1));
            Forms.showValue(Dom.byId(key + "-ratio"), network.firstToLastRatio());
            Forms.showValue(Dom.byId(key + "-loss"), network.problem().run().lastLoss());
        }
        check();
    }

    private void check() {
        DeepNetwork a = networks[0];
        if (a.steps() < EXERCISE_STEPS) {
            return;
        }
        double ratio = a.firstToLastRatio();
        String setup = activations[0].getValue() + " with " + inits[0].getValue() + " initialisation";
        if (ratio >= 0.1 && ratio <= 10) {
            exercise.passed("With " + setup + ", network A's first layer gets " + Shown.number(ratio)
                    + " times the gradient of its last layer: it learns as fast as the rest.");
        } else if (ratio < 0.1) {
            exercise.failed("with " + setup + ", network A's first layer gets only " + Shown.number(ratio)
                    + " times the gradient of its last layer: it vanishes on the way down.");
        } else {
            exercise.failed("with " + setup + ", network A's first layer gets " + Shown.number(ratio)
                    + " times the gradient of its last layer: it explodes on the way down.");
        }
    }
}
