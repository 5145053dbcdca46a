package org.neurite.web.studio;

import org.neurite.web.dom.Paced;
import org.neurite.engine.train.ExponentialSmoothing;
import org.neurite.engine.train.TrainingEvent;
import org.neurite.web.uplot.LineChart;

/**
 * The live plots (uPlot): the training loss per batch and its smoothed line, train and test accuracy after each
 * epoch, and samples per second, all against epochs. Points are added as events arrive and drawn at most once
 * per animation frame.
 */
final class LearningCharts {
    private static final String BLUE = "#0877bd";
    private static final String ORANGE = "#f59322";
    private static final String FAINT = "rgba(8, 119, 189, 0.25)";

    private final ExponentialSmoothing smoothing = new ExponentialSmoothing(0.9f);
    /** The plots are redrawn four times a second while training, not at every metrics message. */
    private final Paced redraw = new Paced(250, this::draw);
    private LineChart loss;
    private LineChart accuracy;
    private LineChart speed;

    /** Creates the three charts (uPlot); until then nothing is plotted. */
    void build() {
        if (loss != null) {
            return;
        }
        loss = new LineChart("st-chart-loss", "epoch", "loss", new String[] {"per batch", "smoothed"},
                new String[] {FAINT, BLUE}, 200, true);
        accuracy = new LineChart("st-chart-accuracy", "epoch", "accuracy (%)", new String[] {"train", "test"},
                new String[] {ORANGE, BLUE}, 200, false, true);
        speed = new LineChart("st-chart-speed", "epoch", "samples/s", new String[] {"samples/s"},
                new String[] {BLUE}, 200, false);
    }

    void clear() {
        build();
        smoothing.reset();
        loss.clear();
        accuracy.clear();
        speed.clear();
    }

    /** Adds the points of {@code event}; {@code trainSize} turns samples seen into epochs. */
    void add(TrainingEvent event, int trainSize) {
        build();
        double epochs = (double) event.samplesSeen() / trainSize;
        if (event.type() == TrainingEvent.Type.BATCH) {
            loss.add(0, epochs, event.loss());
            loss.add(1, epochs, smoothing.add(event.loss()));
            speed.add(0, epochs, event.samplesPerSecond());
        } else if (event.type() == TrainingEvent.Type.EPOCH) {
            accuracy.add(0, event.epoch(), 100 * event.accuracy());
            accuracy.add(1, event.epoch(), 100 * event.testAccuracy());
        } else {
            return;
        }
        redraw.request();
    }

    private void draw() {
        loss.redraw();
        accuracy.redraw();
        speed.redraw();
    }
}
