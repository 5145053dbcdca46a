package org.neurite.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/** Calls back when an element's size changes (a rotated phone, a resized window, a panel that wraps). */
public final class Resize {
    private Resize() {
    }

    /** Gets the element's new content width and height in CSS pixels. */
    @JSFunctor
    public interface Handler extends JSObject {
        void resized(double width, double height);
    }

    /** Observes {@code element}; the handler also runs once soon after, with the current size. */
    @JSBody(params = { "element", "handler" }, script = ""
            + "if (window.ResizeObserver) {"
            + "  new ResizeObserver(function (entries) {"
            + "    var box = entries[entries.length - 1].contentRect; handler(box.width, box.height);"
            + "  }).observe(element);"
            + "} else {"
            + "  var report = function () { handler(element.clientWidth, element.clientHeight); };"
            + "  window.addEventListener('resize', report); setTimeout(report, 0);"
            + "}")
    public static native void observe(HTMLElement element, Handler handler);
}
