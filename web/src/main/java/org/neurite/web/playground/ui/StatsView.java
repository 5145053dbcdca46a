package org.neurite.web.playground.ui;

import org.neurite.web.dom.Dom;
import org.neurite.web.playground.Playground;
import org.neurite.web.playground.data.PlaygroundData;
import org.neurite.web.playground.train.LossHistory;
import org.neurite.web.dom.Numbers;
import org.neurite.web.playground.train.Session;
import org.neurite.web.uplot.LineChart;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Losses, accuracies, how many points, and the live loss plot; with a schedule the plot also draws the rate each
 * epoch trained with (the engine's, from the history), against its own axis on the right.
 */
final class StatsView {
    private static final String TRAIN_COLOUR = "#f59322";
    private static final String TEST_COLOUR = "#0877bd";
    private static final String RATE_COLOUR = "#6b5a8e";
    private static final int RATE_SERIES = 2;
    /** Tall enough for a few ticks on each axis and the right axis's label beside the plotting area. */
    private static final int PLOT_HEIGHT = 170;

    private final HTMLElement testLoss = Dom.byId("pg-test-loss");
    private final HTMLElement trainLoss = Dom.byId("pg-train-loss");
    private final HTMLElement testAccuracy = Dom.byId("pg-test-accuracy");
    private final HTMLElement trainAccuracy = Dom.byId("pg-train-accuracy");
    private final HTMLElement counts = Dom.byId("pg-counts");
    private final HTMLElement rate = Dom.byId("pg-rate-now");
    private final HTMLElement accuracyItems = (HTMLElement) testAccuracy.getParentNode();
    private final HTMLElement trainAccuracyItem = (HTMLElement) trainAccuracy.getParentNode();
    private final HTMLElement plotBox = Dom.byId("pg-loss-plot");
    private final LineChart plot = LineChart.withRightAxis("pg-loss-plot", "epoch", "loss", "learning rate",
            new String[] {"training loss", "test loss", "learning rate"},
            new String[] {TRAIN_COLOUR, TEST_COLOUR, RATE_COLOUR}, PLOT_HEIGHT);
    private Boolean rateShown;
    private LossHistory plotted;
    private int plottedVersion = -1;

    void render(Playground playground) {
        Session session = playground.session();
        Session.Metrics m = session.metrics();
        set(testLoss, Numbers.loss(m.testLoss));
        set(trainLoss, Numbers.loss(m.trainLoss));
        boolean classification = playground.data().problem().isClassification();
        accuracyItems.setHidden(!classification);
        trainAccuracyItem.setHidden(!classification);
        set(testAccuracy, Numbers.percent(m.testAccuracy));
        set(trainAccuracy, Numbers.percent(m.trainAccuracy));
        PlaygroundData data = playground.data();
        set(counts, data.count() + " points: " + data.trainCount() + " for training, " + data.testCount()
                + " for testing" + (data.baseCount() + added(data) != data.count() ? " (some erased)" : ""));
        set(rate, "learning rate now " + Numbers.significant(session.learningRate(), 3) + scheduleNote(session));
        showRate(session.recipe().changesRate());
        LossHistory history = session.history();
        if (history != plotted || history.version() != plottedVersion) {
            plotted = history;
            plottedVersion = history.version();
            replot(history);
        }
    }

    /** The rate is drawn only when a schedule moves it: a flat line would only take room from the losses. */
    private void showRate(boolean scheduled) {
        if (rateShown == null || rateShown != scheduled) {
            rateShown = scheduled;
            plot.showSeries(RATE_SERIES, scheduled);
            plotBox.setAttribute("aria-label", scheduled ? "Training and test loss per epoch, and the learning rate"
                    + " of each epoch on the right-hand axis" : "Training and test loss per epoch");
        }
    }

    /** The history keeps a bounded number of points, thinning old ones, so the chart is redrawn from it whole. */
    private void replot(LossHistory history) {
        plot.clear();
        float[] epochs = history.epochs();
        float[] train = history.trainLoss();
        float[] test = history.testLoss();
        float[] rates = history.learningRate();
        for (int i = 0; i < epochs.length; i++) {
            plot.add(0, epochs[i], train[i]);
            plot.add(1, epochs[i], test[i]);
            plot.add(RATE_SERIES, epochs[i], rates[i]);
        }
        plot.redraw();
    }

    private static String scheduleNote(Session session) {
        return session.recipe().changesRate() ? " (" + session.recipe().schedule().id() + " schedule)" : "";
    }

    private static int added(PlaygroundData data) {
        int n = 0;
        for (int i = 0; i < data.count(); i++) {
            n += data.isAdded(i) ? 1 : 0;
        }
        return n;
    }

    private static void set(HTMLElement element, String text) {
        if (!text.equals(element.getTextContent())) {
            element.setTextContent(text);
        }
    }

}
