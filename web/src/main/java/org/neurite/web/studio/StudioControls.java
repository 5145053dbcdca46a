package org.neurite.web.studio;

import java.util.ArrayList;
import java.util.List;
import org.neurite.web.dom.Elements;
import org.neurite.web.dom.ListText;
import org.neurite.web.dom.PageUrl;

/**
 * {@code ?hide=} and {@code ?lock=} for the Studio in a course page: the parts of the page (each marked
 * {@code data-control} in mnist.html) an instructor hides, or shows but keeps from being changed.
 */
final class StudioControls {
    static final String[] NAMES = {"preset", "layers", "settings", "where", "controls", "pad", "charts", "confusion",
        "mistakes", "inside", "files"};
    static final String HIDDEN_BY_LINK = "st-hidden-by-link";

    private StudioControls() {
    }

    /** Applies the query's hide= and lock=; returns what in them named no part of the page. */
    static List<String> apply() {
        List<String> problems = new ArrayList<>();
        Elements.markControls(known(PageUrl.query("hide"), "hide", problems), HIDDEN_BY_LINK);
        Elements.lockControls(known(PageUrl.query("lock"), "lock", problems));
        return problems;
    }

    private static String known(String names, String parameter, List<String> problems) {
        List<String> kept = new ArrayList<>();
        for (String name : ListText.items(names, ',')) {
            if (List.of(NAMES).contains(name)) {
                kept.add(name);
            } else {
                problems.add(parameter + "=" + name + " names no part of the Studio; use " + String.join(", ", NAMES));
            }
        }
        return String.join(",", kept);
    }
}
