package org.neurite.web.lessons;

import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The exercise box at the end of a lesson: the page checks the learner's attempt and says here whether it
 * passed, and if not, what was wrong. {@code data-state} is "waiting", "failed" or "passed".
 */
final class Exercise {
    private final HTMLElement status = Dom.byId("exercise-status");
    private final LessonEmbed embed;
    private final String owner;
    private boolean everPassed;
    private boolean passing;

    /** The exercise that widget {@code owner} checks; an embed (or null) hears when it passes. */
    Exercise(LessonEmbed embed, String owner) {
        this.embed = embed;
        this.owner = owner;
        if (embed != null && embed.shows(owner)) {
            LessonEmbed.show(status);
        }
    }

    void passed(String message) {
        boolean wasPassing = passing;
        everPassed = true;
        show("passed", "Passed! " + message);
        passing = true;
        if (!wasPassing && embed != null) {
            embed.exercisePassed(owner);
        }
    }

    void failed(String message) {
        show("failed", "Not yet: " + message);
    }

    void waiting(String message) {
        show("waiting", message);
    }

    /** Whether the learner has passed at least once on this visit. */
    boolean everPassed() {
        return everPassed;
    }

    private void show(String state, String message) {
        passing = false;
        status.setAttribute("data-state", state);
        status.setTextContent(message);
    }
}
