package org.neurite.web.playground.ui;

import org.neurite.web.dom.Dom;
import org.neurite.web.dom.Elements;
import org.neurite.web.playground.Playground;
import org.neurite.web.playground.state.PlaygroundState;
import org.neurite.web.playground.state.Settings;
import org.neurite.web.playground.train.Session;
import org.neurite.web.playground.view.NodeRef;
import org.teavm.jso.browser.Performance;

/**
 * Decides what each frame draws. Paused, everything at once. While training, each part at its own pace and at
 * most one of the costly ones per frame (the square; the neurons' heatmaps; one layer's links), so that a frame's task,
 * training slice included, stays far below the 50 ms a person notices.
 */
final class Renderer {
    /** While training: the square at up to 30 frames a second, the diagram at 10, the numbers at 4. */
    static final double OUTPUT_INTERVAL_MS = 33;
    static final double NETWORK_INTERVAL_MS = 100;
    static final double STATS_INTERVAL_MS = 250;
    /**
     * The grid's work per training frame: about 1.5 million multiply-adds (a couple of milliseconds), so a big
     * network's 3,600 grid points take a few frames while a small one's take one.
     */
    static final int GRID_SLICE_MULTIPLY_ADDS = 1_500_000;
    private static final String HIDDEN_BY_LINK = "pg-hidden-by-link";

    private final OutputView output;
    private final NetworkView network;
    private final Inspector inspector;
    private final CaptionView caption = new CaptionView();
    private final StatsView stats = new StatsView();
    private final StatusView status;
    private final PlaybackControls playback;
    private int builtStructure = -1;
    /** Set after the first frame, so tests (and scripts) know the page has drawn. */
    private boolean ready;
    private double lastOutput;
    private double lastNetwork;
    private double lastLinks;
    private double lastStats;

    Renderer(OutputView output, NetworkView network, Inspector inspector, StatusView status,
             PlaybackControls playback) {
        this.output = output;
        this.network = network;
        this.inspector = inspector;
        this.status = status;
        this.playback = playback;
    }

    /** Rebuilds the diagram if the network or data changed shape; returns whether it did. */
    boolean rebuildIfNeeded(Playground playground) {
        if (builtStructure == playground.structureVersion()) {
            return false;
        }
        builtStructure = playground.structureVersion();
        network.rebuild(playground);
        Elements.markControls(playground.state().text(Settings.HIDE), HIDDEN_BY_LINK);
        Elements.lockControls(playground.state().text(Settings.LOCK));
        return true;
    }

    /** Rebuilds the diagram on the next frame even if nothing changed shape (a refused toggle to undo). */
    void rebuildNextFrame() {
        builtStructure = -1;
    }

    /** Draws what is due; {@code everything} when paused or just rebuilt. */
    void render(Playground playground, boolean everything, boolean playing, Selection selection, NodeRef hovered) {
        Session session = playground.session();
        PlaygroundState state = playground.state();
        boolean discretize = state.flag(Settings.DISCRETIZE);
        NodeRef shown = hovered != null ? hovered : selection.node;
        int link = selection.isLink() ? network.linkIndex(selection.layer, selection.from, selection.to) : -1;
        double now = Performance.now();
        if (everything) {
            drawSquare(playground, discretize, shown);
            network.render(playground, discretize, selection.node, shown, link);
            lastOutput = now;
            lastNetwork = now;
        } else if (now - lastOutput >= OUTPUT_INTERVAL_MS) {
            if (playground.surfaces().computeSome(session.weightVersion(), GRID_SLICE_MULTIPLY_ADDS)) {
                paintSquare(playground, discretize, shown);
                lastOutput = now;
            }
        } else if (now - lastNetwork >= NETWORK_INTERVAL_MS) {
            network.renderNodes(playground, discretize, selection.node, shown);
            lastNetwork = now;
        } else if (now - lastLinks >= NETWORK_INTERVAL_MS / network.layers()) {
            network.renderNextLinks(session.model(), link);
            lastLinks = now;
        }
        if (everything || now - lastStats >= STATS_INTERVAL_MS) {
            lastStats = now;
            stats.render(playground);
            inspector.show(playground, selection);
        }
        status.show(session);
        playback.show(playing, session);
        if (!ready) {
            ready = true;
            Dom.byId("main").setAttribute("data-ready", "true");
        }
    }

    private void drawSquare(Playground playground, boolean discretize, NodeRef shown) {
        playground.surfaces().compute(playground.session().weightVersion());
        paintSquare(playground, discretize, shown);
    }

    private void paintSquare(Playground playground, boolean discretize, NodeRef shown) {
        output.render(playground, shown, playground.state().flag(Settings.SHOW_TEST), discretize);
        caption.show(playground, shown);
    }
}
