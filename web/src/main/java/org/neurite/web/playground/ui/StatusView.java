package org.neurite.web.playground.ui;

import java.util.List;
import org.neurite.web.dom.Dom;
import org.neurite.web.dom.Elements;
import org.neurite.web.playground.train.Session;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The messages above the diagram: why training stopped (diverged, with the engine's own explanation; the
 * target loss reached), and what was ignored in a link or refused in an action.
 */
final class StatusView {
    private final HTMLElement status = Dom.byId("pg-status");
    private final HTMLElement notices = Dom.byId("pg-notices");
    private String shown = "";

    void show(Session session) {
        String message = session.message();
        if (message.equals(shown)) {
            return;
        }
        shown = message;
        status.setTextContent(message);
        status.setHidden(message.isEmpty());
        // the engine's run state, or the Playground's own stop: "target_reached", "done", "diverged"...
        status.setAttribute("data-status", session.targetReached() ? "target_reached" : session.state().id());
    }

    /** Lists {@code lines} (what a link had that could not be used), or hides the box when there are none. */
    void notices(List<String> lines) {
        notices.clear();
        for (String line : lines) {
            notices.appendChild(Elements.of("p", "", line));
        }
        notices.setHidden(lines.isEmpty());
    }

    /** One remark (a refused action), shown until the next one. */
    void notice(String line) {
        if (line == null || line.isEmpty()) {
            return;
        }
        notices.clear();
        notices.appendChild(Elements.of("p", "", line));
        notices.setHidden(false);
    }
}
