package org.neurite.web.playground.ui;

import java.util.ArrayList;
import java.util.List;
import org.neurite.engine.data.InputFeatures;
import org.neurite.engine.nn.Dense;
import org.neurite.engine.nn.Model;
import org.neurite.web.canvas.TileSheet;
import org.neurite.web.dom.Dom;
import org.neurite.web.dom.Elements;
import org.neurite.web.dom.Pointer;
import org.neurite.web.dom.Resize;
import org.neurite.web.playground.Playground;
import org.neurite.web.playground.model.Network;
import org.neurite.web.playground.view.NetworkLayout;
import org.neurite.web.playground.view.NodeRef;
import org.neurite.web.playground.view.NodeSurfaces;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The network diagram: a column of input features, one column per hidden layer, the outputs; each node a
 * button over a small heatmap of what it computes, the links between them drawn by weight (blue positive,
 * orange negative, wider when larger). The heatmaps are painted on one canvas behind the buttons, the links on
 * another below it, one layer's links at a time, which keeps a hundred-neuron network cheap to redraw. Pointing at a link shows its weight and gradient; clicking
 * (tapping) a node or a link opens it in the inspector, where its weights can be changed.
 */
final class NetworkView {
    /** The node buttons' border: the heatmap is drawn inside it. */
    private static final float BORDER = 2f;
    private static final double CORNER = 5;

    private final PageController page;
    private final HTMLElement net = Dom.byId("pg-net");
    private final HTMLElement scroller = Dom.byId("pg-net-scroll");
    private final HTMLElement more = Dom.byId("pg-net-more");
    private final HTMLElement layerCount = Dom.byId("pg-layer-count");
    private final HTMLElement addLayer = Dom.byId("pg-add-layer");
    private final HTMLElement removeLayer = Dom.byId("pg-remove-layer");
    private final HTMLCanvasElement linkCanvas = (HTMLCanvasElement) Dom.element("canvas", "");
    private final CanvasRenderingContext2D links = (CanvasRenderingContext2D) linkCanvas.getContext("2d");
    private final HTMLCanvasElement canvas = (HTMLCanvasElement) Dom.element("canvas", "");
    private final CanvasRenderingContext2D context = (CanvasRenderingContext2D) canvas.getContext("2d");
    private final NodeSurfaces surfaces;
    private final NetworkLayout layout = new NetworkLayout();
    private final List<NodeView> nodes = new ArrayList<>();
    private final int[] thumbnail;
    private final TileSheet tiles;
    private final ColumnBuilder columns;
    private float[] boxes = new float[0];
    private float[] alphas = new float[0];
    private float[] weights = new float[0];
    private int hoveredLink = -1;
    /** First link of each layer in the layout, and one past the last: layer g's links are [first[g], first[g+1]). */
    private int[] first = new int[1];
    /** Per layer: x1, y1, x2, y2 of each of its links, cut from the layout once per measurement. */
    private float[][] layerEnds = new float[0][];
    private int nextLayer;

    NetworkView(PageController page, NodeSurfaces surfaces) {
        this.page = page;
        this.surfaces = surfaces;
        int side = surfaces.side(Playground.THUMBNAIL_STEP);
        this.thumbnail = new int[side * side];
        this.tiles = new TileSheet(side);
        this.columns = new ColumnBuilder(page);
        linkCanvas.setAttribute("class", "pg-links");
        linkCanvas.setAttribute("aria-hidden", "true");
        canvas.setAttribute("class", "pg-links");
        canvas.setAttribute("aria-hidden", "true");
        Fields.on(addLayer, "click", () -> page.changeNetwork(page.playground().network().withLayerAdded()));
        Fields.on(removeLayer, "click", () -> page.changeNetwork(page.playground().network().withLayerRemoved()));
        Pointer.listen(canvas, "pointermove", (x, y, touch, modified) -> {
            if (!touch) {
                hover(layout.linkAt(x, y, 6), x, y);
            }
        });
        Fields.on(canvas, "pointerleave", () -> hover(-1, 0, 0));
        Pointer.listen(canvas, "click", (x, y, touch, modified) -> {
            int link = layout.linkAt(x, y, touch ? 12 : 6);
            if (link >= 0) {
                page.linkClicked(layout.layer(link), layout.from(link), layout.to(link));
            }
        });
        Resize.observe(net, (width, height) -> {
            measure(page.playground());
            signpostOverflow();
            page.redraw();
        });
        Resize.observe(scroller, (width, height) -> signpostOverflow());
    }

    /** Builds the columns and nodes for the current network. */
    void rebuild(Playground playground) {
        Network network = playground.network();
        nodes.clear();
        net.clear();
        net.appendChild(linkCanvas);
        net.appendChild(canvas);
        net.appendChild(columns.inputs(playground.features(), nodes));
        for (int layer = 0; layer < network.layerCount(); layer++) {
            net.appendChild(columns.hidden(network, layer, nodes));
        }
        net.appendChild(columns.outputs(playground.data(), network.layerCount() + 1, nodes));
        tiles.ensureCapacity(nodes.size());
        boxes = new float[4 * nodes.size()];
        alphas = new float[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            NodeRef ref = nodes.get(i).ref;
            alphas[i] = ref.isInput() && !playground.features().contains(ref.feature()) ? 0.35f : 1f;
        }
        int n = network.layerCount();
        layerCount.setTextContent(n == 1 ? "1 hidden layer" : n + " hidden layers");
        Elements.flag(addLayer, "disabled", !network.canAddLayer());
        Elements.flag(removeLayer, "disabled", n == 0);
        hoveredLink = -1;
        measure(playground);
    }

    /** Finds where every node sits and where the links run, and sizes the canvas to the diagram. */
    private void measure(Playground playground) {
        resizeCanvas();
        for (int i = 0; i < nodes.size(); i++) {
            double[] box = Pointer.boxWithin(nodes.get(i).button, net);
            boxes[4 * i] = (float) box[0] + BORDER;
            boxes[4 * i + 1] = (float) box[1] + BORDER;
            boxes[4 * i + 2] = (float) box[2] - 2 * BORDER;
            boxes[4 * i + 3] = (float) box[3] - 2 * BORDER;
        }
        layout.clear();
        Network network = playground.network();
        InputFeatures features = playground.features();
        first = new int[network.layerCount() + 2];
        for (int layer = 0; layer <= network.layerCount(); layer++) {
            first[layer] = layout.count();
            int inputs = layer == 0 ? features.count() : network.size(layer - 1);
            int units = layer < network.layerCount() ? network.size(layer) : playground.session().model().outputSize();
            for (int from = 0; from < inputs; from++) {
                NodeRef source = layer == 0 ? NodeRef.input(features.feature(from)) : new NodeRef(layer, from);
                int a = indexOf(source);
                for (int to = 0; to < units; to++) {
                    int b = indexOf(new NodeRef(layer + 1, to));
                    layout.add(layer, from, to, centreX(a), centreY(a), centreX(b), centreY(b));
                }
            }
        }
        first[network.layerCount() + 1] = layout.count();
        float[] all = layout.ends();
        layerEnds = new float[layers()][];
        for (int layer = 0; layer < layers(); layer++) {
            layerEnds[layer] = java.util.Arrays.copyOfRange(all, 4 * first[layer], 4 * first[layer + 1]);
        }
        nextLayer = 0;
    }

    /** Says that the diagram scrolls sideways when its last column is out of the box. */
    private void signpostOverflow() {
        more.setHidden(Elements.scrollWidth(scroller) <= scroller.getClientWidth() + 1);
    }

    private void resizeCanvas() {
        fit(linkCanvas);
        fit(canvas);
    }

    private void fit(HTMLCanvasElement target) {
        double ratio = Pointer.pixelRatio();
        int cssWidth = Elements.scrollWidth(net);
        int cssHeight = Elements.scrollHeight(net);
        target.getStyle().setProperty("width", cssWidth + "px");
        target.getStyle().setProperty("height", cssHeight + "px");
        int width = (int) Math.round(cssWidth * ratio);
        int height = (int) Math.round(cssHeight * ratio);
        if (target.getWidth() != width || target.getHeight() != height) {
            target.setWidth(width);
            target.setHeight(height);
        }
    }

    private int indexOf(NodeRef ref) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).ref.equals(ref)) {
                return i;
            }
        }
        throw new IllegalStateException("the diagram has no node " + ref);
    }

    private float centreX(int node) {
        return boxes[4 * node] + boxes[4 * node + 2] / 2;
    }

    private float centreY(int node) {
        return boxes[4 * node + 1] + boxes[4 * node + 3] / 2;
    }

    /** Redraws every heatmap and every link; {@code selected}, {@code shown} and {@code selectedLink} marked. */
    void render(Playground playground, boolean discretize, NodeRef selected, NodeRef shown, int selectedLink) {
        renderNodes(playground, discretize, selected, shown);
        for (int layer = 0; layer < layers(); layer++) {
            renderLinks(playground.session().model(), layer, selectedLink);
        }
    }

    /** Redraws every node's heatmap; {@code selected} and {@code shown} nodes are marked. */
    void renderNodes(Playground playground, boolean discretize, NodeRef selected, NodeRef shown) {
        int[] sheet = tiles.pixels();
        for (int i = 0; i < nodes.size(); i++) {
            NodeView node = nodes.get(i);
            surfaces.paint(playground, node.ref, Playground.THUMBNAIL_STEP, discretize, thumbnail);
            System.arraycopy(thumbnail, 0, sheet, tiles.offset(i), thumbnail.length);
            node.mark(node.ref.equals(selected), node.ref.equals(shown));
        }
        context.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        tiles.drawInto(context, boxes, alphas, nodes.size(), Pointer.pixelRatio(), CORNER);
    }

    /** Model layers whose links the diagram draws (each hidden layer and the output). */
    int layers() {
        return first.length - 1;
    }

    /** Redraws the links of the next layer in turn; {@code selectedLink} is a layout index or -1. */
    void renderNextLinks(Model model, int selectedLink) {
        renderLinks(model, nextLayer, selectedLink);
        nextLayer = (nextLayer + 1) % layers();
    }

    /** Redraws the links into model layer {@code layer}, in their stripe of the diagram. */
    private void renderLinks(Model model, int layer, int selectedLink) {
        int start = first[layer];
        int n = first[layer + 1] - start;
        if (weights.length < n) {
            weights = new float[n];
        }
        float[] ends = layerEnds[layer];
        double left = Double.MAX_VALUE;
        double right = 0;
        for (int i = 0; i < n; i++) {
            Dense dense = (Dense) model.layer(layer);
            weights[i] = dense.weight(layout.from(start + i), layout.to(start + i));
            left = Math.min(left, Math.min(ends[4 * i], ends[4 * i + 2]));
            right = Math.max(right, Math.max(ends[4 * i], ends[4 * i + 2]));
        }
        if (n == 0) {
            return;
        }
        LinkPainter.draw(links, ends, java.util.Arrays.copyOf(weights, n), Pointer.pixelRatio(),
                within(selectedLink, start, n), within(hoveredLink, start, n), left, right, linkCanvas.getHeight());
    }

    private static int within(int link, int start, int n) {
        return link >= start && link < start + n ? link - start : -1;
    }

    /** The index (in the layout) of the link of weight W[from][to] of {@code layer}, or -1. */
    int linkIndex(int layer, int from, int to) {
        return layout.find(layer, from, to);
    }

    private void hover(int link, double x, double y) {
        boolean changed = link != hoveredLink;
        hoveredLink = link;
        if (link < 0) {
            page.hideTooltip();
        } else {
            page.showLinkTooltip(layout.layer(link), layout.from(link), layout.to(link), net, x, y);
        }
        if (changed) {
            page.redraw();
        }
    }

    /** One node: its button, and how it is marked. */
    static final class NodeView {
        final NodeRef ref;
        final HTMLElement button;
        private int marks = -1;

        NodeView(NodeRef ref, HTMLElement button) {
            this.ref = ref;
            this.button = button;
        }

        void mark(boolean selected, boolean shown) {
            int now = (selected ? 1 : 0) | (shown ? 2 : 0);
            if (now == marks) {
                return;
            }
            marks = now;
            button.setAttribute("aria-pressed", Boolean.toString(selected));
            Elements.toggleClass(button, "pg-shown", shown);
        }
    }
}
