package org.neurite.web.studio;

import org.neurite.web.dom.Elements;
import org.neurite.web.dom.NextFrame;
import org.neurite.engine.nn.Conv2D;
import org.neurite.engine.nn.Dense;
import org.neurite.engine.nn.Layer;
import org.neurite.engine.nn.LayerActivations;
import org.neurite.engine.nn.LayerImages;
import org.neurite.engine.nn.Model;
import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Inside the network: what the first layer learned. For an MLP, each first-layer unit's 784 input weights as a
 * 28 x 28 picture (blue where ink raises the unit, orange where it lowers it); for a CNN, the first convolution's
 * kernels, and the feature maps each convolution makes of the digit on the draw pad. Each layer is one canvas.
 */
final class InsideView {
    /** A first dense layer shows this many units at most (a 4096-unit layer would be 4096 pictures). */
    private static final int MAX_UNITS = 256;
    private static final int COLUMNS = 16;

    private final HTMLElement note = Dom.byId("st-inside-note");
    private final HTMLElement weights = Dom.byId("st-weights");
    private final HTMLElement mapsTitle = Dom.byId("st-maps-title");
    private final HTMLElement maps = Dom.byId("st-maps");
    private final NextFrame mapsFrame = new NextFrame(this::drawMaps);
    private Model model;
    private LayerActivations pending;
    private boolean hasConv;

    void show(Model model) {
        this.model = model;
        pending = null;
        Elements.clear(weights);
        Elements.clear(maps);
        int first = LayerImages.firstWeightedLayer(model);
        hasConv = false;
        for (int i = 0; i < model.layerCount(); i++) {
            hasConv |= model.layer(i) instanceof Conv2D;
        }
        mapsTitle.setHidden(!hasConv);
        Layer layer = first < 0 ? null : model.layer(first);
        if (layer instanceof Dense dense && dense.inputShape()[0] == 784) {
            showUnits(dense);
        } else if (layer instanceof Conv2D conv) {
            showKernels(conv);
        } else {
            weights.setAttribute("data-count", "0");
            note.setTextContent("This model's first layer does not read the 28×28 pixels directly, so its weights "
                    + "are not pictures.");
        }
        if (hasConv) {
            maps.appendChild(Elements.of("p", "st-note", "Draw a digit to see the maps."));
        }
    }

    private void showUnits(Dense dense) {
        int units = Math.min(MAX_UNITS, dense.outputSize());
        note.setTextContent("The weights each of the first layer's " + (units < dense.outputSize() ? "first "
                + units + " of " + dense.outputSize() : Integer.toString(units)) + " units gives to the 784 pixels, "
                + "one 28×28 picture per unit: blue where ink makes the unit fire, orange where ink holds it back.");
        float[] all = new float[units * 784];
        float[] scales = new float[units];
        for (int u = 0; u < units; u++) {
            float[] w = LayerImages.denseUnit(dense, u);
            System.arraycopy(w, 0, all, u * 784, 784);
            scales[u] = LayerImages.largestMagnitude(w);
        }
        // a phone gets half as many pictures per row, each twice as large
        int columns = weights.getClientWidth() < 600 ? COLUMNS / 2 : COLUMNS;
        weights.appendChild(atlas("st-atlas", all, units, 28, 28, columns, scales, true, 2,
                "First-layer weights of " + units + " units, 28 by 28 each"));
        weights.setAttribute("data-count", Integer.toString(units));
    }

    private void showKernels(Conv2D conv) {
        int k = conv.kernel();
        int channels = conv.inputShape()[0];
        int count = conv.filters() * channels;
        note.setTextContent("The first convolution's " + conv.filters() + " learned " + k + "×" + k + " filters: "
                + "blue where ink raises the filter's output, orange where it lowers it.");
        float[] all = new float[count * k * k];
        float[] scales = new float[count];
        for (int f = 0; f < conv.filters(); f++) {
            for (int c = 0; c < channels; c++) {
                float[] kernel = LayerImages.convKernel(conv, f, c);
                int n = f * channels + c;
                System.arraycopy(kernel, 0, all, n * k * k, k * k);
                scales[n] = LayerImages.largestMagnitude(kernel);
            }
        }
        weights.appendChild(atlas("st-atlas", all, count, k, k, Math.min(8, count), scales, true,
                Math.max(2, 48 / k), conv.filters() + " filters of " + k + " by " + k));
        weights.setAttribute("data-count", Integer.toString(conv.filters()));
    }

    /** The draw pad's latest prediction: its feature maps are drawn at the next frame. */
    void predicted(PadPredictor predictor) {
        if (hasConv && predictor.activations().model() == model) {
            pending = predictor.activations();
            mapsFrame.request();
        }
    }

    private void drawMaps() {
        if (pending == null) {
            return;
        }
        Elements.clear(maps);
        for (int i = 0; i < model.layerCount(); i++) {
            if (model.layer(i) instanceof Conv2D conv) {
                maps.appendChild(layerMaps(i, conv));
            }
        }
        maps.setAttribute("data-drawn", "true");
    }

    private HTMLElement layerMaps(int index, Conv2D conv) {
        int[] shape = conv.outputShape();
        int size = shape[1] * shape[2];
        HTMLElement row = Elements.of("div", "st-map-row", "");
        row.appendChild(Elements.of("p", "st-label", conv.describe() + ": " + shape[0] + " maps of " + shape[1] + "×"
                + shape[2]));
        float[] all = new float[shape[0] * size];
        float[] scales = new float[shape[0]];
        for (int c = 0; c < shape[0]; c++) {
            float[] map = LayerImages.featureMap(pending, index, 0, c);
            System.arraycopy(map, 0, all, c * size, size);
            scales[c] = LayerImages.largestMagnitude(map);
        }
        row.appendChild(atlas("st-atlas", all, shape[0], shape[2], shape[1], Math.min(8, shape[0]), scales, false,
                Math.max(2, 56 / shape[2]), shape[0] + " feature maps of " + conv.describe()));
        return row;
    }

    /** One canvas of {@code count} small images, shown {@code zoom} times its pixel size (at most the panel's width). */
    private static HTMLElement atlas(String className, float[] values, int count, int width, int height, int columns,
                                     float[] scales, boolean signed, int zoom, String label) {
        HTMLElement canvas = Elements.canvas(className, 1, 1);
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", label);
        Pictures.atlas(canvas, values, count, width, height, columns, scales, signed);
        canvas.getStyle().setProperty("width", (columns * (width + 1) - 1) * zoom + "px");
        return canvas;
    }
}
