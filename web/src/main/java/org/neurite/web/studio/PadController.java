package org.neurite.web.studio;

import org.neurite.web.dom.Numbers;
import org.neurite.engine.data.DrawingToMnist;
import org.neurite.engine.nn.Model;
import org.neurite.web.dom.Dom;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The draw pad at work: each change of the drawing becomes an MNIST-like 28 x 28 input (shown beside the pad),
 * the page's copy of the model reads it, and the ten bars follow, live, while drawing. The conversion and the
 * prediction are timed and shown. Works with whichever model is current: trained here, quick, or loaded.
 */
final class PadController implements DrawPad.Listener {
    /** Told about each prediction, for the feature maps. */
    interface Predicted {
        void predicted(PadPredictor predictor);
    }

    private final DrawPad pad = new DrawPad();
    private final HTMLElement preview = Dom.byId("st-pad-input");
    private final HTMLElement timing = Dom.byId("st-pad-timing");
    private final ProbabilityBars bars = new ProbabilityBars();
    private final PadPredictor predictor = new PadPredictor();
    private final Predicted predicted;
    private String modelTitle = "";
    private float[] input;

    PadController(Predicted predicted) {
        this.predicted = predicted;
        pad.listen(this);
        bars.empty("Draw a digit to see what the network thinks.");
    }

    /** A new current model; the drawing on the pad is read again with it. */
    void use(Model model, String title) {
        predictor.use(model);
        modelTitle = title;
        if (input != null) {
            predict();
        } else {
            bars.empty("Draw a digit to see what the " + title + " thinks.");
        }
    }

    boolean hasModel() {
        return predictor.hasModel();
    }

    PadPredictor predictor() {
        return predictor;
    }

    @Override
    public void drawn() {
        double start = Performance.now();
        input = DrawingToMnist.fromRgba(pad.rgba(), DrawPad.SIZE, DrawPad.SIZE);
        double convertMillis = Performance.now() - start;
        Pictures.ink(preview, input, DrawingToMnist.SIDE, DrawingToMnist.SIDE, 1f, 1);
        timing.setAttribute("data-convert-ms", Numbers.fixed(convertMillis, 3));
        if (predictor.hasModel()) {
            predict();
        } else {
            bars.empty("No model yet: train one, or load a model file, to see what it reads.");
        }
    }

    private void predict() {
        bars.show(predictor.predict(input));
        timing.setAttribute("data-ms", Numbers.fixed(predictor.lastMillis(), 3));
        timing.setAttribute("data-mean-ms", Numbers.fixed(predictor.meanMillis(), 3));
        timing.setAttribute("data-count", Integer.toString(predictor.count()));
        timing.setTextContent("Prediction on this page (" + modelTitle + "): " + Numbers.fixed(predictor.lastMillis(), 2)
                + " ms, mean " + Numbers.fixed(predictor.meanMillis(), 2) + " ms over " + predictor.count() + ".");
        predicted.predicted(predictor);
    }

    @Override
    public void cleared() {
        input = null;
        Pictures.ink(preview, new float[DrawingToMnist.SIDE * DrawingToMnist.SIDE], DrawingToMnist.SIDE,
                DrawingToMnist.SIDE, 1f, 1);
        bars.empty(predictor.hasModel() ? "Draw a digit to see what the " + modelTitle + " thinks."
                : "Draw a digit to see what the network thinks.");
    }
}
