package org.neurite.web.lessons;

import org.neurite.engine.lessons.DescentPath;
import org.neurite.engine.lessons.Valley;
import org.neurite.engine.optim.Sgd;
import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * Lesson 5: the same learning-rate story on a 2-D surface, a long narrow valley, with the engine's SGD. Too
 * small crawls, too large zig-zags out of the valley, a decaying rate starts bold and settles.
 */
final class SurfaceDescentWidget {
    static final double DECAY = 0.05;
    static final int MAX_STEPS = 150;
    private static final String PATH_COLOUR = "#f59322";

    private final Valley valley = new Valley();
    private final SurfaceView view = new SurfaceView("surface-plot");
    private final NumberInput rate = new NumberInput("surface-lr", "the learning rate");
    private final HTMLInputElement decay = (HTMLInputElement) Dom.byId("surface-decay");
    private final HTMLElement problem = Dom.byId("surface-problem");
    private final HTMLElement steps = Dom.byId("surface-steps");
    private final HTMLElement loss = Dom.byId("surface-loss");
    private final HTMLElement state = Dom.byId("surface-state");
    private final DescentPlayer player = new DescentPlayer("surface-play", 80, this::advance, this::worthPlaying);
    private DescentPath path;

    SurfaceDescentWidget() {
        rate.onCommit(this::reset);
        decay.addEventListener("change", event -> reset());
        Dom.byId("surface-step").addEventListener("click", event -> {
            player.stop();
            advance();
        });
        Dom.byId("surface-reset").addEventListener("click", event -> reset());
        preset("surface-preset-small", 0.05, false);
        preset("surface-preset-good", 0.9, false);
        preset("surface-preset-large", 1.05, false);
        preset("surface-preset-decay", 1.2, true);
        Resizing.onResize(this::draw);
        reset();
    }

    private void preset(String id, double learningRate, boolean decaying) {
        Dom.byId(id).addEventListener("click", event -> {
            rate.set(learningRate);
            decay.setChecked(decaying);
            reset();
            player.toggle();
        });
    }

    private void reset() {
        player.stop();
        if (!DescentPlayer.readRate(rate, problem, "0.5")) {
            return;
        }
        path = new DescentPath(valley, new Sgd((float) rate.value()), valley.start(), decay.isChecked() ? DECAY : 0);
        show();
    }

    /** Playing goes on until the path diverges, reaches the bottom or has taken its share of steps. */
    private boolean worthPlaying() {
        return path != null && !path.diverged() && path.steps() < MAX_STEPS && path.distanceToMinimum() > 1e-3;
    }

    private void advance() {
        if (path != null) {
            path.step();
            show();
        }
    }

    private void show() {
        steps.setTextContent(Integer.toString(path.steps()));
        Forms.showValue(loss, valley.value(path.current()));
        if (path.diverged() || path.value(path.length() - 1) > 1e4) {
            state.setTextContent("Diverging: each step jumps further across the valley.");
        } else if (path.distanceToMinimum() < 0.01) {
            state.setTextContent("At the bottom after " + path.steps() + " steps.");
        } else {
            state.setTextContent("");
        }
        draw();
    }

    private void draw() {
        if (path == null) {
            return;
        }
        view.begin(valley);
        view.path(path, PATH_COLOUR, path.length() < 80);
    }
}
