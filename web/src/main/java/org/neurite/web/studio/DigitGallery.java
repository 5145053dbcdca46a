package org.neurite.web.studio;

import org.neurite.web.dom.Elements;
import org.neurite.web.dom.NextTask;
import org.neurite.web.dom.Numbers;
import org.neurite.engine.train.ConfusionMatrix;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A grid of test digits, each with what the network predicted, the true label and, for mistakes, its ten
 * probabilities as small bars. Shows at most {@link #LIMIT} tiles and says how many there are in all. Tiles are
 * added a few milliseconds' worth per task, so a gallery never blocks the page; a newer gallery replaces one
 * still being built.
 */
final class DigitGallery {
    static final int LIMIT = 60;
    /** Time spent adding tiles before letting the page paint and handle input. */
    private static final double BUDGET_MS = 6;

    private final HTMLElement container;
    private int generation;

    DigitGallery(HTMLElement container) {
        this.container = container;
    }

    /** The digits {@code samples} of the test set, captioned from {@code matrix} and {@code probabilities}. */
    void show(int[] samples, MnistData data, ConfusionMatrix matrix, float[] probabilities, boolean withBars) {
        int mine = ++generation;
        Elements.clear(container);
        container.setAttribute("data-count", Integer.toString(samples.length));
        container.setAttribute("data-complete", "false");
        int shown = Math.min(LIMIT, samples.length);
        addFrom(0, mine, samples, shown, data, matrix, probabilities, withBars);
    }

    void empty(String why) {
        generation++;
        Elements.clear(container);
        container.appendChild(Elements.of("p", "st-note", why));
        container.setAttribute("data-count", "0");
        container.setAttribute("data-complete", "true");
    }

    private void addFrom(int from, int mine, int[] samples, int shown, MnistData data, ConfusionMatrix matrix,
                         float[] probabilities, boolean withBars) {
        if (mine != generation) {
            return;
        }
        double end = Performance.now() + BUDGET_MS;
        int k = from;
        while (k < shown && (k == from || Performance.now() < end)) {
            container.appendChild(tile(samples[k], data, matrix, probabilities, withBars));
            k++;
        }
        if (k < shown) {
            int next = k;
            NextTask.once(() -> addFrom(next, mine, samples, shown, data, matrix, probabilities, withBars));
            return;
        }
        if (samples.length > shown) {
            container.appendChild(Elements.of("p", "st-note st-more", "Showing " + shown + " of "
                    + Numbers.grouped(samples.length) + "."));
        }
        container.setAttribute("data-complete", "true");
    }

    private static HTMLElement tile(int sample, MnistData data, ConfusionMatrix matrix, float[] probabilities,
                                    boolean withBars) {
        int predicted = matrix.predicted(sample);
        int actual = matrix.label(sample);
        HTMLElement figure = Elements.of("figure", predicted == actual ? "st-digit" : "st-digit st-wrong", "");
        figure.setAttribute("data-sample", Integer.toString(sample));
        HTMLElement canvas = Elements.canvas("st-digit-image", 56, 56);
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", "test digit " + sample + ", labelled " + actual + ", read as " + predicted);
        Pictures.tile(canvas, data.testDigit(sample), withBars ? probabilities : null, sample * 10, predicted, actual);
        figure.appendChild(canvas);
        String p = Numbers.percent(probabilities[sample * 10 + predicted], 0);
        figure.appendChild(Elements.of("figcaption", "", predicted == actual ? actual + " (" + p + ")"
                : "says " + predicted + " (" + p + "), is " + actual));
        return figure;
    }
}
