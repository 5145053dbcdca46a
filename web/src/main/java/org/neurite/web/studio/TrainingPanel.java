package org.neurite.web.studio;

import org.neurite.web.dom.Elements;
import org.neurite.web.dom.Numbers;
import org.neurite.engine.train.EpochProgress;
import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/** The training controls and read-outs: buttons, the epoch's progress bar with time left, status and figures. */
final class TrainingPanel {
    /** Where the page stands, which decides the buttons. */
    enum Phase { NO_DATA, READY, RUNNING, PAUSED }

    private final HTMLElement train = Dom.byId("st-train");
    private final HTMLElement pause = Dom.byId("st-pause");
    private final HTMLElement resume = Dom.byId("st-resume");
    private final HTMLElement stop = Dom.byId("st-stop");
    private final HTMLElement progress = Dom.byId("st-epoch-progress");
    private final HTMLElement epochLabel = Dom.byId("st-epoch-label");
    private final HTMLElement eta = Dom.byId("st-eta");
    private final HTMLElement status = Dom.byId("st-train-status");
    private final HTMLElement testAccuracy = Dom.byId("st-test-accuracy");
    private final HTMLElement trainAccuracy = Dom.byId("st-train-accuracy");
    private final HTMLElement loss = Dom.byId("st-loss");
    private final HTMLElement speed = Dom.byId("st-speed");
    private boolean modelUsable = true;
    /** Whether the run shown can pause (a server job cannot). */
    private boolean pausable = true;
    private Phase phase = Phase.NO_DATA;

    void onTrain(Runnable action) {
        train.onClick(e -> action.run());
    }

    void onPause(Runnable action) {
        pause.onClick(e -> action.run());
    }

    void onResume(Runnable action) {
        resume.onClick(e -> action.run());
    }

    void onStop(Runnable action) {
        stop.onClick(e -> action.run());
    }

    Phase phase() {
        return phase;
    }

    void phase(Phase value) {
        phase = value;
        boolean active = value == Phase.RUNNING || value == Phase.PAUSED;
        Elements.flag(train, "disabled", value == Phase.NO_DATA || active || !modelUsable);
        Elements.flag(pause, "disabled", value != Phase.RUNNING || !pausable);
        Elements.flag(resume, "disabled", value != Phase.PAUSED || !pausable);
        Elements.flag(stop, "disabled", !active);
    }

    /** Whether the run about to start can pause; Pause stays disabled for one that cannot. */
    void pausable(boolean value) {
        pausable = value;
        if (value) {
            pause.removeAttribute("title");
        } else {
            pause.setAttribute("title", "A run on the server cannot pause; Stop ends it.");
        }
    }

    /** Whether the model and settings on screen can be trained (the Train button needs it). */
    void modelUsable(boolean usable) {
        modelUsable = usable;
        phase(phase);
    }

    /** {@code state}: idle, loading, running, paused, done, stopped, diverged or error (the CSS colours it). */
    void status(String state, String text) {
        status.setAttribute("data-state", state);
        status.setTextContent(text);
    }

    /**
     * The progress of run {@code title} ("MLP", "Quick model"): named, because a quick model's "1 of 1" beside an
     * Epochs field of 12 reads as the page ignoring the field.
     */
    void epoch(String title, int epoch, int epochs, EpochProgress p) {
        epochLabel.setTextContent(title + ": epoch " + epoch + " of " + epochs);
        progress.setAttribute("value", Numbers.fixed(100 * p.fraction(), 1));
        String left = p.timeLeftText();
        eta.setTextContent(left.isEmpty() ? "" : left + " left in this epoch");
    }

    void epochDone(String title, int epoch, int epochs) {
        epochLabel.setTextContent(title + ": epoch " + epoch + " of " + epochs + " done");
        progress.setAttribute("value", "100");
        eta.setTextContent("");
    }

    void resetProgress() {
        epochLabel.setTextContent("Epoch –");
        progress.setAttribute("value", "0");
        eta.setTextContent("");
    }

    void testAccuracy(double share) {
        testAccuracy.setTextContent(Numbers.percent(share, 2));
    }

    void trainAccuracy(double share) {
        trainAccuracy.setTextContent(Numbers.percent(share, 2));
    }

    void loss(double value) {
        loss.setTextContent(Double.isNaN(value) ? "–" : Numbers.fixed(value, 4));
    }

    void speed(double samplesPerSecond) {
        speed.setTextContent(Double.isNaN(samplesPerSecond) ? "–" : Numbers.grouped(Math.round(samplesPerSecond)));
    }
}
