package org.neurite.web.playground;

import org.neurite.web.dom.PageUrl;
import org.neurite.web.playground.state.PlaygroundState;
import org.neurite.web.playground.ui.LinkReader;
import org.neurite.web.playground.ui.PageController;

/**
 * The Playground page: 2D data, a network to shape and train, and every neuron drawn as it learns. The URL
 * hash holds the whole setup; {@code ?embed} drops the site's header and footer for an iframe.
 */
public final class PlaygroundPage {
    private PlaygroundPage() {
    }

    public static void main(String[] args) {
        if (PageUrl.hasQuery("embed")) {
            PageUrl.addRootClass("embed");
        }
        PlaygroundState.Loaded link = LinkReader.read();
        new PageController(new Playground(link.state)).start(link.warnings);
    }
}
