package org.neurite.web.playground.ui;

import org.neurite.web.dom.PageUrl;
import org.neurite.web.dom.Property;
import org.neurite.web.playground.state.PlaygroundState;
import org.neurite.web.playground.state.Settings;

/**
 * The state a page address asks for: the hash's settings, and {@code ?hide=} and {@code ?lock=} from the query
 * when the hash does not say (an instructor may write either).
 */
public final class LinkReader {
    private LinkReader() {
    }

    public static PlaygroundState.Loaded read() {
        PlaygroundState.Loaded loaded = PlaygroundState.fromHash(PageUrl.hash());
        fromQuery(loaded, Settings.HIDE);
        fromQuery(loaded, Settings.LOCK);
        return loaded;
    }

    private static void fromQuery(PlaygroundState.Loaded loaded, Property property) {
        String names = PageUrl.query(property.name());
        if (!names.isEmpty() && loaded.state.text(property).isEmpty()) {
            String problem = loaded.state.set(property, names);
            if (problem != null) {
                loaded.warnings.add("the link's " + property.name() + "=" + names + " was not used: " + problem);
            }
        }
    }
}
