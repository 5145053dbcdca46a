package org.neurite.web.lessons;

import org.teavm.jso.browser.Window;

/** Redraws canvases when the window changes size (a phone turned sideways), at most once per frame. */
final class Resizing {
    private Resizing() {
    }

    static void onResize(Runnable redraw) {
        boolean[] pending = new boolean[1];
        Window.current().addEventListener("resize", event -> {
            if (pending[0]) {
                return;
            }
            pending[0] = true;
            Window.requestAnimationFrame(timestamp -> {
                pending[0] = false;
                redraw.run();
            });
        });
    }
}
