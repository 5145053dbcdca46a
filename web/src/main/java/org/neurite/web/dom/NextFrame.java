package org.neurite.web.dom;

import org.teavm.jso.browser.Window;

/**
 * Runs a task at the next animation frame, once however often it is asked for before then: twenty metrics
 * messages or fifty pointer moves between two frames cost one redraw.
 */
public final class NextFrame {
    private final Runnable work;
    private boolean requested;

    public NextFrame(Runnable work) {
        this.work = work;
    }

    /** Asks for one run at the next frame; asking again before it ran changes nothing. */
    public void request() {
        if (requested) {
            return;
        }
        requested = true;
        Window.requestAnimationFrame(timestamp -> {
            requested = false;
            work.run();
        });
    }
}
