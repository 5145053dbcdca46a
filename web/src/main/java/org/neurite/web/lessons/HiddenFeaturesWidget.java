package org.neurite.web.lessons;

import org.neurite.web.dom.FrameLoop;
import org.neurite.engine.data.Grid2D;
import org.neurite.engine.lessons.ModelField;
import org.neurite.engine.lessons.PlaneProblem;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.web.dom.Dom;
import org.neurite.web.dom.SiteUrl;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * Lesson 10: a network with one hidden layer learns a 2D dataset while every hidden neuron is drawn as a
 * heatmap of what it responds to, next to the output they add up to. The exercise: test loss below 0.1
 * with at most 3 hidden neurons.
 */
final class HiddenFeaturesWidget {
    static final int MAX_NEURONS = 3;
    static final double TARGET = 0.1;
    static final int MAX_EPOCHS = 300;
    private static final int EPOCHS_PER_FRAME = 2;
    private static final int RESOLUTION = 32;
    private static final int SEED = 1;

    private final HTMLSelectElement dataset = (HTMLSelectElement) Dom.byId("features-dataset");
    private final HTMLSelectElement neurons = (HTMLSelectElement) Dom.byId("features-neurons");
    private final HTMLSelectElement activation = (HTMLSelectElement) Dom.byId("features-activation");
    private final HTMLSelectElement rate = (HTMLSelectElement) Dom.byId("features-lr");
    private final HTMLElement grid = Dom.byId("features-grid");
    private final HTMLElement epoch = Dom.byId("features-epoch");
    private final HTMLElement trainLoss = Dom.byId("features-train-loss");
    private final HTMLElement testLoss = Dom.byId("features-test-loss");
    private final HTMLElement trainButton = Dom.byId("features-train");
    private final HTMLElement playground = Dom.byId("features-playground");
    private final PlaneView outputView = new PlaneView("features-output", 48);
    private final FrameLoop loop = new FrameLoop();
    private final Exercise exercise;
    private PlaneProblem problem;
    private ModelField field;
    private ModelField outputField;
    private PlaneView[] neuronViews;
    private int epochs;
    private boolean trained;

    HiddenFeaturesWidget(Exercise exercise) {
        this.exercise = exercise;
        for (HTMLSelectElement select : new HTMLSelectElement[] {dataset, neurons, activation, rate}) {
            select.addEventListener("change", event -> reset());
        }
        trainButton.addEventListener("click", event -> toggle());
        Dom.byId("features-reset").addEventListener("click", event -> reset());
        Resizing.onResize(this::draw);
        exercise.waiting("Choose the number of neurons and train to try.");
        reset();
    }

    private void reset() {
        loop.stop();
        trainButton.setTextContent("Train");
        int count = Integer.parseInt(neurons.getValue());
        String spec = "input 2 | dense " + count + " " + activation.getValue()
                + " | dense 1 linear | loss binaryCrossEntropy";
        problem = new PlaneProblem(dataset.getValue(), 0f, ModelSpec.parse(spec), "adam",
                Float.parseFloat(rate.getValue()), SEED);
        field = new ModelField(problem.model(), RESOLUTION, Grid2D.PLAYGROUND_EXTENT);
        outputField = new ModelField(problem.model(), 48, Grid2D.PLAYGROUND_EXTENT);
        buildNeuronViews(count);
        epochs = 0;
        trained = false;
        playground.setAttribute("href", SiteUrl.of("playground.html#dataset=") + dataset.getValue() + "&layers=" + count
                + "&activations=" + activation.getValue() + "&learningRate=" + rate.getValue() + "&optimizer=adam");
        draw();
    }

    private void buildNeuronViews(int count) {
        grid.clear();
        neuronViews = new PlaneView[count];
        for (int u = 0; u < count; u++) {
            HTMLElement figure = Dom.element("figure", "");
            figure.setClassName("neuron");
            HTMLCanvasElement canvas = (HTMLCanvasElement) HTMLDocument.current().createElement("canvas");
            canvas.setClassName("plot");
            canvas.setAttribute("id", "features-neuron-" + (u + 1));
            canvas.setAttribute("aria-label", "What hidden neuron " + (u + 1) + " responds to over the plane");
            figure.appendChild(canvas);
            figure.appendChild(Dom.element("figcaption", "neuron " + (u + 1)));
            grid.appendChild(figure);
            neuronViews[u] = new PlaneView(canvas, RESOLUTION);
        }
    }

    private void toggle() {
        if (loop.running()) {
            loop.stop();
            trainButton.setTextContent("Train");
            return;
        }
        if (epochs >= MAX_EPOCHS) {
            reset();
        }
        trainButton.setTextContent("Pause");
        trained = true;
        loop.start(() -> {
            for (int e = 0; e < EPOCHS_PER_FRAME && epochs < MAX_EPOCHS; e++) {
                int batches = problem.run().batchesPerEpoch();
                for (int b = 0; b < batches; b++) {
                    problem.step();
                }
                epochs++;
            }
            boolean undecided = draw();
            boolean more = epochs < MAX_EPOCHS && undecided;
            if (!more) {
                trainButton.setTextContent("Train again");
            }
            return more;
        });
    }

    /** Redraws everything and checks the exercise; returns false once the exercise has been decided. */
    private boolean draw() {
        field.update();
        for (int u = 0; u < neuronViews.length; u++) {
            neuronViews[u].draw(field, field.unit(0, u), false, null);
        }
        outputField.update();
        outputView.draw(outputField, outputField.output(), true, problem.train());
        epoch.setTextContent(Integer.toString(epochs));
        double test = problem.evaluateTest().loss();
        Forms.showValue(trainLoss, problem.evaluateTrain().loss());
        Forms.showValue(testLoss, test);
        return !trained || check(test);
    }

    private boolean check(double test) {
        int count = neuronViews.length;
        if (test < TARGET) {
            if (!"circle".equals(dataset.getValue())) {
                exercise.failed("that was on the " + dataset.getValue() + " data; the exercise is on the circle.");
            } else if (count <= MAX_NEURONS) {
                exercise.passed("Test loss " + Shown.number(test) + " with " + count
                        + (count == 1 ? " neuron" : " neurons") + " after " + epochs + " epochs.");
            } else {
                exercise.failed("test loss " + Shown.number(test) + " is low enough, but with " + count
                        + " neurons; do it with at most " + MAX_NEURONS + ".");
            }
            return false;
        }
        if (epochs >= MAX_EPOCHS) {
            exercise.failed("after " + epochs + " epochs the test loss is " + Shown.number(test) + ", not below "
                    + Shown.number(TARGET) + ". How many straight edges does it take to fence in the blue points? "
                    + "Try another activation or learning rate too.");
            return false;
        }
        return true;
    }
}
