package org.neurite.web.playground.ui;

import org.neurite.web.dom.Dom;
import org.neurite.web.dom.Elements;
import org.neurite.web.playground.train.Session;
import org.teavm.jso.dom.html.HTMLElement;

/** Reset, play/pause, one batch, and the epoch counter. Space or K also plays and pauses. */
final class PlaybackControls {
    private final HTMLElement play = Dom.byId("pg-play");
    private final HTMLElement step = Dom.byId("pg-step");
    private final HTMLElement epoch = Dom.byId("pg-epoch");

    PlaybackControls(PageController page) {
        Fields.on(Dom.byId("pg-reset"), "click", page::reset);
        Fields.on(play, "click", page::togglePlay);
        Fields.on(step, "click", page::step);
    }

    void show(boolean playing, Session session) {
        String state = Boolean.toString(playing);
        if (!state.equals(play.getAttribute("data-playing"))) {
            play.setAttribute("data-playing", state);
            play.setAttribute("aria-label", playing ? "Pause" : "Train");
            play.setAttribute("title", playing ? "Pause training" : "Train the network");
        }
        boolean canTrain = session.canTrain();
        setDisabled(play, !canTrain);
        setDisabled(step, !canTrain);
        epoch.setTextContent(epochText(session.epochs()));
    }

    /** Six digits with a thousands separator, as Playground shows it: 000,042. */
    static String epochText(int epochs) {
        String digits = Integer.toString(epochs);
        if (digits.length() < 6) {
            digits = "000000".substring(digits.length()) + digits;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    private static void setDisabled(HTMLElement button, boolean disabled) {
        Elements.flag(button, "disabled", disabled);
    }
}
