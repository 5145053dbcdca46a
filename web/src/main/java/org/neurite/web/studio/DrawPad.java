package org.neurite.web.studio;

import org.neurite.web.dom.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * The 280 x 280 drawing pad: pointer events, so a mouse, a pen and a finger all draw (and the page does not
 * scroll under a finger: the canvas has {@code touch-action: none}); round strokes about as thick, relative to
 * the digit, as MNIST's. Cleared by its button or the Escape key. It reports a change at most once per frame;
 * its pixels are read back as RGBA bytes for the engine's {@code DrawingToMnist}.
 */
final class DrawPad {
    static final int SIZE = 280;
    /** Stroke width in pad pixels: a digit drawn 200 px tall comes out about 2 px thick in 28 x 28, as MNIST's. */
    static final int STROKE = 20;

    /** Told when the drawing changed (at most once per frame) or was cleared. */
    interface Listener {
        void drawn();

        void cleared();
    }

    @JSFunctor
    interface Changed extends JSObject {
        void changed();
    }

    private final HTMLElement canvas = Dom.byId("st-pad");
    private final HTMLElement hint = Dom.byId("st-pad-hint");
    private boolean empty = true;

    void listen(Listener listener) {
        attach(canvas, STROKE, () -> {
            empty = false;
            hint.setHidden(true);
            listener.drawn();
        });
        Dom.byId("st-pad-clear").onClick(e -> clear(listener));
        onEscape(() -> clear(listener));
    }

    boolean isEmpty() {
        return empty;
    }

    /** The pad's pixels, {@code SIZE x SIZE x 4} bytes; the ink is in the alpha channel. */
    byte[] rgba() {
        return pixels(canvas).copyToJavaArray();
    }

    private void clear(Listener listener) {
        wipe(canvas);
        empty = true;
        hint.setHidden(false);
        listener.cleared();
    }

    @JSBody(params = { "canvas", "stroke", "changed" }, script = ""
            + "var ctx = canvas.getContext('2d', {willReadFrequently: true});"
            + "var down = null, pending = false;"
            + "function point(e) {"
            + "  var r = canvas.getBoundingClientRect();"
            + "  return [(e.clientX - r.left) * canvas.width / r.width, (e.clientY - r.top) * canvas.height / r.height];"
            + "}"
            + "function style() { ctx.lineWidth = stroke; ctx.lineCap = 'round'; ctx.lineJoin = 'round';"
            + "  ctx.strokeStyle = '#1d2430'; ctx.fillStyle = '#1d2430'; }"
            + "function report() {"
            + "  if (!pending) { pending = true; requestAnimationFrame(function () { pending = false; changed(); }); }"
            + "}"
            + "canvas.addEventListener('pointerdown', function (e) {"
            + "  if (e.button !== 0 && e.pointerType === 'mouse') { return; }"
            + "  e.preventDefault(); try { canvas.setPointerCapture(e.pointerId); } catch (x) {}"
            + "  down = e.pointerId; var p = point(e); style();"
            + "  ctx.beginPath(); ctx.arc(p[0], p[1], stroke / 2, 0, 2 * Math.PI); ctx.fill();"
            + "  ctx.beginPath(); ctx.moveTo(p[0], p[1]); report();"
            + "});"
            + "canvas.addEventListener('pointermove', function (e) {"
            + "  if (down !== e.pointerId) { return; }"
            + "  e.preventDefault();"
            + "  var events = e.getCoalescedEvents ? e.getCoalescedEvents() : [];"
            + "  if (events.length === 0) { events = [e]; }"
            + "  events.forEach(function (c) { var p = point(c); ctx.lineTo(p[0], p[1]); });"
            + "  ctx.stroke(); var last = point(e); ctx.beginPath(); ctx.moveTo(last[0], last[1]); report();"
            + "});"
            + "function end(e) { if (down === e.pointerId) { down = null; report(); } }"
            + "canvas.addEventListener('pointerup', end);"
            + "canvas.addEventListener('pointercancel', end);"
            + "canvas.addEventListener('touchstart', function (e) { e.preventDefault(); }, {passive: false});")
    private static native void attach(HTMLElement canvas, int stroke, Changed changed);

    /** Escape clears the pad unless a text field or a list has the keyboard (there Escape means something else). */
    @JSBody(params = "cleared", script = ""
            + "document.addEventListener('keydown', function (e) {"
            + "  if (e.key !== 'Escape') { return; }"
            + "  var t = e.target && e.target.tagName;"
            + "  if (t === 'INPUT' || t === 'SELECT' || t === 'TEXTAREA') { return; }"
            + "  cleared();"
            + "});")
    private static native void onEscape(Changed cleared);

    @JSBody(params = "canvas", script = "canvas.getContext('2d').clearRect(0, 0, canvas.width, canvas.height);")
    private static native void wipe(HTMLElement canvas);

    @JSBody(params = "canvas", script = ""
            + "var data = canvas.getContext('2d', {willReadFrequently: true})"
            + "    .getImageData(0, 0, canvas.width, canvas.height).data;"
            + "return new Int8Array(data.buffer, data.byteOffset, data.length);")
    private static native Int8Array pixels(HTMLElement canvas);
}
