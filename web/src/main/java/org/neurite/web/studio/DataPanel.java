package org.neurite.web.studio;

import org.neurite.web.dom.Numbers;
import org.neurite.engine.data.IdxFormatException;
import org.neurite.web.dom.Dom;
import org.neurite.web.worker.MnistFetch;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.typedarrays.ArrayBuffer;

/**
 * The data panel: downloads MNIST with a progress bar (bytes and percent), has the engine check the files, and
 * on a failed or corrupt download says what happened and offers to try again. Nothing else on the page waits
 * on it except what needs the digits (training, the galleries).
 */
final class DataPanel {
    /** Receives the checked data. */
    interface Ready {
        void ready(MnistData data);
    }

    private final HTMLElement panel = Dom.byId("st-data");
    private final HTMLElement progress = Dom.byId("st-data-progress");
    private final HTMLElement status = Dom.byId("st-data-status");
    private final HTMLElement error = Dom.byId("st-data-error");
    private final HTMLElement retry = Dom.byId("st-data-retry");
    private final String base;
    private final Ready ready;
    private double lastShown = -1;

    DataPanel(String base, Ready ready) {
        this.base = base;
        this.ready = ready;
        retry.onClick(e -> load());
    }

    void load() {
        retry.setHidden(true);
        error.setHidden(true);
        state("loading");
        lastShown = -1;
        received(0);
        MnistFetch.start(base, this::received, this::downloaded, this::failed);
    }

    private void received(double bytes) {
        double percent = Math.min(100, 100 * bytes / MnistFetch.TOTAL_BYTES);
        // a redraw per network chunk is wasted work; a tenth of a percent is the finest step a person sees
        if (percent - lastShown < 0.1 && percent < 100 && bytes > 0) {
            return;
        }
        lastShown = percent;
        progress.setAttribute("value", Numbers.fixed(percent, 1));
        status.setTextContent("Downloading MNIST: " + Numbers.megabytes(bytes) + " of "
                + Numbers.megabytes(MnistFetch.TOTAL_BYTES) + " (" + Numbers.fixed(percent, 0) + "%)");
    }

    private void downloaded(ArrayBuffer trainImages, ArrayBuffer trainLabels, ArrayBuffer testImages,
                            ArrayBuffer testLabels) {
        status.setTextContent("Checking the files…");
        ChunkedCopy.of(testImages, testImageBytes -> check(trainImages, trainLabels, testImages, testImageBytes,
                testLabels));
    }

    private void check(ArrayBuffer trainImages, ArrayBuffer trainLabels, ArrayBuffer testImages, byte[] testImageBytes,
                       ArrayBuffer testLabels) {
        MnistData data;
        try {
            data = MnistData.read(trainImages, trainLabels, testImages, testImageBytes, testLabels);
        } catch (IdxFormatException e) {
            failed("A downloaded file is damaged. " + e.getMessage());
            return;
        }
        progress.setAttribute("value", "100");
        status.setTextContent("MNIST ready: " + Numbers.grouped(data.trainSize()) + " training and "
                + Numbers.grouped(data.test().size()) + " test digits.");
        state("ready");
        ready.ready(data);
    }

    private void failed(String message) {
        state("error");
        status.setTextContent("MNIST could not be loaded.");
        String sentence = message.endsWith(".") || message.endsWith(")") ? message : message + ".";
        error.setTextContent(sentence + " Check your connection, then try again.");
        error.setHidden(false);
        retry.setHidden(false);
    }

    private void state(String value) {
        panel.setAttribute("data-state", value);
    }
}
