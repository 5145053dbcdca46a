package org.neurite.web.lessons;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.events.Event;

/** The key of a keyboard event ("Enter", "a"...). */
final class Keys {
    private Keys() {
    }

    @JSBody(params = { "event" }, script = "return event.key || '';")
    static native String key(Event event);
}
