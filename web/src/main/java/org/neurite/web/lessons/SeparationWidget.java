package org.neurite.web.lessons;

import org.neurite.web.dom.FrameLoop;
import org.neurite.engine.data.Grid2D;
import org.neurite.engine.lessons.ModelField;
import org.neurite.engine.lessons.PlaneProblem;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Lesson 3: why non-linearity matters. Two models learn the circle data side by side: one with no hidden
 * layer (its boundary can only be a straight line) and one with a hidden layer of four ReLU neurons.
 */
final class SeparationWidget {
    static final String LINEAR_SPEC = "input 2 | dense 1 linear | loss binaryCrossEntropy";
    static final String HIDDEN_SPEC = "input 2 | dense 4 relu | dense 1 linear | loss binaryCrossEntropy";
    private static final int EPOCHS = 40;
    private static final int RESOLUTION = 40;
    private static final int SEED = 1;

    private final PlaneView linearView = new PlaneView("sep-linear", RESOLUTION);
    private final PlaneView hiddenView = new PlaneView("sep-hidden", RESOLUTION);
    private final HTMLElement linearAccuracy = Dom.byId("sep-linear-accuracy");
    private final HTMLElement hiddenAccuracy = Dom.byId("sep-hidden-accuracy");
    private final HTMLElement epoch = Dom.byId("sep-epoch");
    private final HTMLElement trainButton = Dom.byId("sep-train");
    private final FrameLoop loop = new FrameLoop();
    private PlaneProblem linear;
    private PlaneProblem hidden;
    private ModelField linearField;
    private ModelField hiddenField;
    private int epochs;

    SeparationWidget() {
        trainButton.addEventListener("click", event -> toggle());
        Dom.byId("sep-reset").addEventListener("click", event -> reset());
        Resizing.onResize(this::draw);
        reset();
    }

    private void reset() {
        loop.stop();
        linear = new PlaneProblem("circle", 0f, ModelSpec.parse(LINEAR_SPEC), "adam", 0.1f, SEED);
        hidden = new PlaneProblem("circle", 0f, ModelSpec.parse(HIDDEN_SPEC), "adam", 0.1f, SEED);
        linearField = new ModelField(linear.model(), RESOLUTION, Grid2D.PLAYGROUND_EXTENT);
        hiddenField = new ModelField(hidden.model(), RESOLUTION, Grid2D.PLAYGROUND_EXTENT);
        epochs = 0;
        trainButton.setTextContent("Train both");
        draw();
    }

    private void toggle() {
        if (loop.running()) {
            loop.stop();
            trainButton.setTextContent("Train both");
            return;
        }
        if (epochs >= EPOCHS) {
            reset();
        }
        trainButton.setTextContent("Pause");
        loop.start(() -> {
            trainOneEpoch(linear);
            trainOneEpoch(hidden);
            epochs++;
            draw();
            boolean more = epochs < EPOCHS;
            if (!more) {
                trainButton.setTextContent("Train again");
            }
            return more;
        });
    }

    private static void trainOneEpoch(PlaneProblem problem) {
        int batches = problem.run().batchesPerEpoch();
        for (int i = 0; i < batches; i++) {
            problem.step();
        }
    }

    private void draw() {
        linearField.update();
        hiddenField.update();
        linearView.draw(linearField, linearField.output(), true, linear.train());
        hiddenView.draw(hiddenField, hiddenField.output(), true, hidden.train());
        epoch.setTextContent(epochs + " of " + EPOCHS);
        showAccuracy(linearAccuracy, linear);
        showAccuracy(hiddenAccuracy, hidden);
    }

    private static void showAccuracy(HTMLElement element, PlaneProblem problem) {
        double accuracy = problem.evaluateTest().accuracy();
        element.setTextContent(Shown.number(100 * accuracy, 0) + "%");
        element.setAttribute("data-value", Double.toString(accuracy));
    }
}
