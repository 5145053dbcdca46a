package org.neurite.web.playground.ui;

import org.teavm.jso.browser.Window;

/** At most one pending animation frame: any number of requests before it runs give one frame. */
final class FrameLoop {
    private final Runnable frame;
    private boolean requested;

    FrameLoop(Runnable frame) {
        this.frame = frame;
    }

    void request() {
        if (requested) {
            return;
        }
        requested = true;
        Window.requestAnimationFrame(timestamp -> {
            requested = false;
            frame.run();
        });
    }
}
