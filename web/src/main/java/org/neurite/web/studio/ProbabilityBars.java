package org.neurite.web.studio;

import org.neurite.web.dom.Elements;
import org.neurite.web.dom.Numbers;
import org.neurite.engine.loss.Loss;
import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/** The draw pad's ten probability bars, one per digit, the most probable one highlighted, and the guess in words. */
final class ProbabilityBars {
    private final HTMLElement list = Dom.byId("st-pad-bars");
    private final HTMLElement guess = Dom.byId("st-pad-guess");
    private final HTMLElement[] items = new HTMLElement[10];
    private final HTMLElement[] fills = new HTMLElement[10];
    private final HTMLElement[] values = new HTMLElement[10];

    ProbabilityBars() {
        for (int d = 0; d < 10; d++) {
            HTMLElement item = Elements.of("li", "st-bar-row", "");
            item.appendChild(Elements.of("span", "st-bar-digit", Integer.toString(d)));
            HTMLElement track = Elements.of("span", "st-bar-track", "");
            fills[d] = Elements.of("span", "st-bar-fill", "");
            track.appendChild(fills[d]);
            item.appendChild(track);
            values[d] = Elements.of("span", "st-bar-value", "–");
            item.appendChild(values[d]);
            items[d] = item;
            list.appendChild(item);
        }
    }

    /** Shows ten probabilities and names the most probable digit. */
    void show(float[] probabilities) {
        int best = Loss.argmax(probabilities, 0, 10);
        for (int d = 0; d < 10; d++) {
            float p = probabilities[d];
            fills[d].getStyle().setProperty("width", Numbers.fixed(100 * p, 1) + "%");
            values[d].setTextContent(Numbers.percent(p, 1));
            Elements.flag(items[d], "data-top", d == best);
        }
        guess.setAttribute("data-digit", Integer.toString(best));
        say("The network reads a " + best + ".");
    }

    /** The guess is a live region: it changes (and is read out) when the answer changes, not at every stroke. */
    private void say(String text) {
        if (!text.equals(guess.getTextContent())) {
            guess.setTextContent(text);
        }
    }

    /** No prediction: {@code why} says what is missing. */
    void empty(String why) {
        for (int d = 0; d < 10; d++) {
            fills[d].getStyle().setProperty("width", "0");
            values[d].setTextContent("–");
            Elements.flag(items[d], "data-top", false);
        }
        guess.setAttribute("data-digit", "");
        say(why);
    }
}
