package org.neurite.web.playground.ui;

import org.neurite.web.dom.PageUrl;
import org.neurite.web.playground.state.PlaygroundState;
import org.neurite.web.playground.state.Settings;

/**
 * The state a page address asks for: the hash's settings, and {@code ?hide=} from the query when the hash
 * does not say (an instructor may write either).
 */
public final class LinkReader {
    private LinkReader() {
    }

    public static PlaygroundState.Loaded read() {
        PlaygroundState.Loaded loaded = PlaygroundState.fromHash(PageUrl.hash());
        String hide = PageUrl.query("hide");
        if (!hide.isEmpty() && loaded.state.text(Settings.HIDE).isEmpty()) {
            String problem = loaded.state.set(Settings.HIDE, hide);
            if (problem != null) {
                loaded.warnings.add("the link's hide=" + hide + " was not used: " + problem);
            }
        }
        return loaded;
    }
}
