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
    private final HTMLElement playButton = Dom.byId("surface-play");
    private final FrameLoop loop = new FrameLoop();
    private DescentPath path;

    SurfaceDescentWidget() {
        rate.onCommit(this::reset);
        decay.addEventListener("change", event -> reset());
        Dom.byId("surface-step").addEventListener("click", event -> {
            loop.stop();
            playButton.setTextContent("Play");
            advance();
        });
        playButton.addEventListener("click", event -> togglePlay());
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
            togglePlay();
        });
    }

    private void reset() {
        loop.stop();
        playButton.setTextContent("Play");
        boolean ok = rate.read() && rate.value() > 0 && rate.value() <= 100;
        Forms.showProblem(problem, ok ? null : rate.problem() != null ? rate.problem()
                : "the learning rate must be above 0 (and at most 100); try 0.5");
        if (!ok) {
            return;
        }
        path = new DescentPath(valley, new Sgd((float) rate.value()), valley.start(), decay.isChecked() ? DECAY : 0);
        show();
    }

    private void togglePlay() {
        if (path == null) {
            return;
        }
        if (loop.running()) {
            loop.stop();
            playButton.setTextContent("Play");
            return;
        }
        playButton.setTextContent("Pause");
        double[] last = {0};
        loop.start(() -> {
            double now = Clock.now();
            if (now - last[0] >= 80) {
                last[0] = now;
                advance();
            }
            boolean more = !path.diverged() && path.steps() < MAX_STEPS && path.distanceToMinimum() > 1e-3;
            if (!more) {
                playButton.setTextContent("Play");
            }
            return more;
        });
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
