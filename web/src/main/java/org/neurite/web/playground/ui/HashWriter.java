package org.neurite.web.playground.ui;

import org.neurite.web.dom.PageUrl;
import org.neurite.web.playground.state.PlaygroundState;
import org.teavm.jso.browser.Window;

/**
 * Keeps the URL hash equal to the state, so the address bar is always a link to what is on screen. Writes
 * are gathered for a quarter second (dragging a slider fires dozens of changes; browsers throttle history
 * updates), and the last hash written is remembered so the page can tell its own writes from a pasted link.
 */
final class HashWriter {
    private static final int DELAY_MS = 250;

    private final PlaygroundState[] pending = new PlaygroundState[1];
    private String written = "";
    private boolean scheduled;

    /** Writes {@code state}'s hash soon. */
    void schedule(PlaygroundState state) {
        pending[0] = state;
        if (scheduled) {
            return;
        }
        scheduled = true;
        Window.setTimeout(() -> {
            scheduled = false;
            writeNow(pending[0]);
        }, DELAY_MS);
    }

    /** Writes {@code state}'s hash at once. */
    void writeNow(PlaygroundState state) {
        written = state.toHash();
        if (!written.equals(PageUrl.hash())) {
            PageUrl.replaceHash(written);
        }
    }

    /** Whether the address bar's hash is the one this page last wrote. */
    boolean isOwn(String hash) {
        return hash.equals(written);
    }
}
