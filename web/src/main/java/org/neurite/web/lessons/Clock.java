package org.neurite.web.lessons;

import org.teavm.jso.browser.Performance;

/** Milliseconds since the page loaded, for pacing animations. */
final class Clock {
    private Clock() {
    }

    static double now() {
        return Performance.now();
    }
}
