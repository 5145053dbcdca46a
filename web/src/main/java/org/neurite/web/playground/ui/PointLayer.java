package org.neurite.web.playground.ui;

import org.neurite.engine.data.Grid2D;
import org.neurite.web.playground.data.PlaygroundData;
import org.neurite.web.playground.model.Problem;
import org.neurite.web.playground.view.Palette;
import org.teavm.jso.JSBody;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.typedarrays.Int32Array;

/**
 * The data points over the heatmap, as Playground draws them: training points with a white ring, test points
 * with a dark one, points you added as squares. All of them cross to JavaScript in one call.
 */
final class PointLayer {
    private float[] xy = new float[0];
    private int[] styles = new int[0];

    void draw(CanvasRenderingContext2D context, PlaygroundData data, Grid2D grid, int size, boolean showTest,
              double pixelRatio) {
        int n = data.count();
        if (xy.length < 2 * n) {
            xy = new float[2 * n];
            styles = new int[n];
        }
        int shown = 0;
        for (int i = 0; i < n; i++) {
            if (data.isTest(i) && !showTest) {
                continue;
            }
            xy[2 * shown] = (float) (grid.fractionOfX1(data.x1(i)) * size);
            xy[2 * shown + 1] = (float) (grid.fractionOfX2(data.x2(i)) * size);
            int kind = data.isTest(i) ? 1 : data.isAdded(i) ? 2 : 0;
            styles[shown] = (colour(data, i) & 0xFFFFFF) | (kind << 24);
            shown++;
        }
        float[] usedXy = java.util.Arrays.copyOf(xy, 2 * shown);
        int[] usedStyles = java.util.Arrays.copyOf(styles, shown);
        drawAll(context, Float32Array.copyFromJavaArray(usedXy), Int32Array.copyFromJavaArray(usedStyles),
                radius(size, pixelRatio), pixelRatio);
    }

    /** 4 CSS pixels on a roomy square, down to 2.5 on a phone's, so dense data stays readable. */
    private static double radius(int size, double pixelRatio) {
        double css = size / pixelRatio;
        return Math.max(2.5, Math.min(4.0, css / 90)) * pixelRatio;
    }

    /** 0xRRGGBB of point {@code i}: its class, or its target on the orange-blue scale. */
    private static int colour(PlaygroundData data, int i) {
        return data.problem() == Problem.REGRESSION
                ? Palette.diverging(data.value(i) / data.valueScale())
                : Palette.classColour((int) data.value(i));
    }

    /** Style per point: 0xKKRRGGBB with kind KK 0 train, 1 test, 2 added. */
    @JSBody(params = { "ctx", "xy", "styles", "radius", "ratio" }, script = ""
            + "ctx.lineWidth = Math.max(1, ratio);"
            + "for (var point = 0; point < styles.length; point++) {"
            + "  var style = styles[point], kind = style >>> 24, px = xy[2 * point], py = xy[2 * point + 1];"
            + "  ctx.fillStyle = '#' + ('00000' + (style & 0xFFFFFF).toString(16)).slice(-6);"
            + "  ctx.strokeStyle = kind === 1 ? '#1d2430' : '#ffffff';"
            + "  ctx.beginPath();"
            + "  if (kind === 2) { ctx.rect(px - radius, py - radius, 2 * radius, 2 * radius); }"
            + "  else { ctx.arc(px, py, radius, 0, 2 * Math.PI); }"
            + "  ctx.fill(); ctx.stroke();"
            + "}")
    private static native void drawAll(CanvasRenderingContext2D ctx, Float32Array xy, Int32Array styles,
                                       double radius, double ratio);
}
