package org.neurite.web.playground.ui;

import org.neurite.engine.data.Grid2D;
import org.neurite.web.canvas.Heatmap;
import org.neurite.web.dom.Dom;
import org.neurite.web.dom.Pointer;
import org.neurite.web.dom.Resize;
import org.neurite.web.playground.Playground;
import org.neurite.web.playground.view.NodeRef;
import org.neurite.web.playground.view.NodeSurfaces;
import org.teavm.jso.JSBody;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * The big square: the network's output (or the neuron being looked at) over the plane, with the points on
 * top. Clicks and taps go to the point tools; with the square focused, arrow keys move a cross and Enter acts
 * at it, so adding and erasing points works from the keyboard too.
 */
final class OutputView {
    private static final double KEY_STEP = 1.0 / 48;

    private final PageController page;
    private final HTMLCanvasElement canvas = (HTMLCanvasElement) Dom.byId("pg-heatmap");
    private final CanvasRenderingContext2D context = (CanvasRenderingContext2D) canvas.getContext("2d");
    private final NodeSurfaces surfaces;
    private final Heatmap image = new Heatmap(Playground.GRID, Playground.GRID);
    private final int[] pixels = new int[Playground.GRID * Playground.GRID];
    private final PointLayer points = new PointLayer();
    private final CrossCursor cursor = new CrossCursor();
    private double cssSize = 1;
    private int size = 1;

    OutputView(PageController page, NodeSurfaces surfaces) {
        this.page = page;
        this.surfaces = surfaces;
        Resize.observe(canvas, (width, height) -> resize(width));
        Pointer.listen(canvas, "click", (x, y, touch, modified) -> {
            cursor.moveTo(x / cssSize, y / cssSize);
            page.outputClicked(cursor.x(), cursor.y(), modified);
        });
        canvas.addEventListener("keydown", (Event e) -> keyDown((KeyboardEvent) e));
        Fields.on(canvas, "focus", () -> cursorShown(true));
        Fields.on(canvas, "blur", () -> cursorShown(false));
    }

    private void resize(double width) {
        if (width <= 0) {
            return;
        }
        cssSize = width;
        size = (int) Math.round(width * Pointer.pixelRatio());
        if (canvas.getWidth() != size) {
            canvas.setWidth(size);
            canvas.setHeight(size);
            page.redraw();
        }
    }

    private void cursorShown(boolean shown) {
        cursor.setShown(shown && !"inspect".equals(page.tool()));
        page.redraw();
    }

    private void keyDown(KeyboardEvent event) {
        String key = event.getKey();
        double dx = "ArrowLeft".equals(key) ? -KEY_STEP : "ArrowRight".equals(key) ? KEY_STEP : 0;
        double dy = "ArrowUp".equals(key) ? -KEY_STEP : "ArrowDown".equals(key) ? KEY_STEP : 0;
        if (dx != 0 || dy != 0) {
            cursor.moveBy(dx, dy);
        } else if ("Enter".equals(key) || " ".equals(key)) {
            page.outputClicked(cursor.x(), cursor.y(), event.isShiftKey());
        } else {
            return;
        }
        event.preventDefault();
        cursor.setShown(!"inspect".equals(page.tool()));
        page.redraw();
    }

    /** Draws {@code shown} (null: the output) and the points. */
    void render(Playground playground, NodeRef shown, boolean showTest, boolean discretize) {
        if (shown == null) {
            surfaces.paintOutput(playground, 1, discretize, pixels);
        } else {
            surfaces.paint(playground, shown, 1, discretize, pixels);
        }
        for (int i = 0; i < pixels.length; i++) {
            image.set(i, pixels[i]);
        }
        image.commit();
        drawSmooth(context, image.image(), size);
        Grid2D grid = playground.surfaces().grid();
        points.draw(context, playground.data(), grid, size, showTest, Pointer.pixelRatio());
        cursor.draw(context, size, Pointer.pixelRatio());
    }

    /** Stretches the grid-sized image over the square, blended: the heatmap reads as a smooth surface. */
    @JSBody(params = { "context", "image", "size" }, script = ""
            + "context.imageSmoothingEnabled = true; context.drawImage(image, 0, 0, size, size);")
    private static native void drawSmooth(CanvasRenderingContext2D context, HTMLCanvasElement image, int size);

    /** The square's side in data units, per CSS pixel: how far a tap may miss a point it means to erase. */
    double dataPerCssPixel(Playground playground) {
        return 2 * playground.data().extent() / cssSize;
    }
}
