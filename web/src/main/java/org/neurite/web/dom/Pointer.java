package org.neurite.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.typedarrays.Float64Array;

/**
 * Pointer events (mouse, pen and touch alike) with the position in the element's own CSS pixels, and
 * whether the pointer is a finger, so a view can treat a tap as the hover a touch screen cannot do.
 */
public final class Pointer {
    private Pointer() {
    }

    /** One pointer event. {@code modified}: Shift, Alt, Ctrl or Meta was held. */
    @JSFunctor
    public interface Handler extends JSObject {
        void handle(double x, double y, boolean touch, boolean modified);
    }

    /** Calls {@code handler} for {@code type} ("pointermove", "pointerdown", "pointerleave", "click"...). */
    @JSBody(params = { "element", "type", "handler" }, script = ""
            + "var lastWasTouch = false;"
            + "element.addEventListener('pointerdown', function (down) { lastWasTouch = down.pointerType === 'touch'; });"
            + "element.addEventListener(type, function (event) {"
            + "  var box = element.getBoundingClientRect();"
            + "  var touch = event.pointerType ? event.pointerType === 'touch' : lastWasTouch;"
            + "  handler(event.clientX - box.left, event.clientY - box.top, touch,"
            + "    event.shiftKey || event.altKey || event.ctrlKey || event.metaKey);"
            + "});")
    public static native void listen(HTMLElement element, String type, Handler handler);

    /** The element's box relative to {@code container}'s: left, top, width, height in CSS pixels. */
    public static double[] boxWithin(HTMLElement element, HTMLElement container) {
        return box(element, container).copyToJavaArray();
    }

    @JSBody(params = { "element", "container" }, script = ""
            + "var inner = element.getBoundingClientRect(), outer = container.getBoundingClientRect();"
            + "return new Float64Array([inner.left - outer.left, inner.top - outer.top, inner.width, inner.height]);")
    private static native Float64Array box(HTMLElement element, HTMLElement container);

    /** The device pixels per CSS pixel (2 on most phones), for sharp canvases. */
    @JSBody(script = "return window.devicePixelRatio || 1;")
    public static native double pixelRatio();
}
