package org.neurite.web.playground.ui;

import org.teavm.jso.JSBody;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.typedarrays.Float32Array;

/**
 * Draws every link in one call: as Playground, the colour runs orange (negative) to blue (positive) over
 * weights -1..1 and the width grows with |w| up to 5. The chosen and pointed-at links get a dark outline.
 * A weight that is not a number (a diverged network) is not drawn.
 */
final class LinkPainter {
    private LinkPainter() {
    }

    /**
     * Clears the vertical stripe {@code left..right} (CSS pixels) of the canvas and draws the given links in it;
     * {@code selected} and {@code hovered} index these links (or are -1). Drawing the diagram a stripe (one
     * layer's links) at a time keeps each frame's painting small: wide antialiased curves are costly to paint
     * without a GPU.
     */
    static void draw(CanvasRenderingContext2D context, float[] ends, float[] weights, double ratio, int selected,
                     int hovered, double left, double right, int height) {
        drawAll(context, Float32Array.copyFromJavaArray(ends), Float32Array.copyFromJavaArray(weights), ratio,
                selected, hovered, left, right, height);
    }

    /**
     * Links are grouped by weight in steps of 0.2 (colour and width are set per group, then the whole group is
     * stroked once): a few dozen strokes instead of one per link, which keeps a 1,400-link network cheap.
     */
    @JSBody(params = { "ctx", "ends", "weights", "ratio", "selected", "hovered", "left", "right", "height" },
            script = ""
            + "ctx.clearRect(Math.floor(left * ratio), 0, Math.ceil((right - left) * ratio), height);"
            + "function mix(from, to, amount) { return Math.round(from + (to - from) * amount); }"
            + "function colour(weight) {"
            + "  var clamped = Math.max(-1, Math.min(1, weight)), size = Math.abs(clamped);"
            + "  var far = clamped < 0 ? [245, 147, 34] : [8, 119, 189], mid = [232, 234, 235];"
            + "  return 'rgb(' + mix(mid[0], far[0], size) + ',' + mix(mid[1], far[1], size) + ','"
            + "      + mix(mid[2], far[2], size) + ')';"
            + "}"
            + "function lineWidth(weight) { return (1 + 5 * Math.min(Math.abs(weight), 5) / 5) * ratio; }"
            + "function trace(link) {"
            + "  var left = ends[4 * link] * ratio, top = ends[4 * link + 1] * ratio, right = ends[4 * link + 2] * ratio,"
            + "      bottom = ends[4 * link + 3] * ratio, middle = (left + right) / 2;"
            + "  ctx.moveTo(left, top); ctx.bezierCurveTo(middle, top, middle, bottom, right, bottom);"
            + "}"
            + "var groups = new Map();"
            + "for (var link = 0; link < weights.length; link++) {"
            + "  var weight = weights[link]; if (weight !== weight) { continue; }"
            + "  var key = Math.round(Math.max(-5, Math.min(5, weight)) * 5);"
            + "  if (!groups.has(key)) { groups.set(key, []); }"
            + "  groups.get(key).push(link);"
            + "}"
            + "ctx.lineCap = 'butt';"
            + "groups.forEach(function (members, key) {"
            + "  ctx.beginPath(); members.forEach(trace);"
            + "  ctx.strokeStyle = colour(key / 5); ctx.lineWidth = lineWidth(key / 5); ctx.stroke();"
            + "});"
            + "[selected, hovered].forEach(function (marked) {"
            + "  if (marked < 0 || marked >= weights.length) { return; }"
            + "  ctx.beginPath(); trace(marked);"
            + "  ctx.strokeStyle = '#1d2430'; ctx.lineWidth = lineWidth(weights[marked]) + 3 * ratio; ctx.stroke();"
            + "  ctx.strokeStyle = colour(weights[marked]); ctx.lineWidth = lineWidth(weights[marked]); ctx.stroke();"
            + "});")
    private static native void drawAll(CanvasRenderingContext2D ctx, Float32Array ends, Float32Array weights,
                                       double ratio, int selected, int hovered, double left, double right,
                                       int height);
}
