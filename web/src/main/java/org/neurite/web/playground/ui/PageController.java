package org.neurite.web.playground.ui;

import org.neurite.web.dom.NextFrame;
import java.util.List;
import org.neurite.engine.data.Grid2D;
import org.neurite.engine.data.InputFeatures;
import org.neurite.engine.nn.Dense;
import org.neurite.web.dom.NextTask;
import org.neurite.web.dom.PageUrl;
import org.neurite.web.playground.Playground;
import org.neurite.web.playground.model.Network;
import org.neurite.web.playground.state.PlaygroundState;
import org.neurite.web.dom.Property;
import org.neurite.web.dom.Numbers;
import org.neurite.engine.train.RunState;
import org.neurite.web.playground.train.Session;
import org.neurite.web.playground.train.Warmup;
import org.neurite.web.playground.view.NodeRef;
import org.neurite.web.playground.view.NodeSurfaces;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Connects the page's widgets to the {@link Playground}: each widget reports what the person did, this applies
 * it and asks for a frame. While training, each frame draws and then hands over to short training tasks until
 * the next frame, so no task holds the page.
 */
public final class PageController {
    /**
     * Training runs in tasks of its own between animation frames, each this long: short enough that even on a
     * machine busy enough to run it several times slower, no task comes near the 50 ms a person feels.
     */
    static final double TRAIN_SLICE_MS = 4;
    /** Training slices follow a frame until this much of the frame's 16.7 ms (at 60 Hz) has gone. */
    static final double TRAIN_WINDOW_MS = 11;
    /** How far from a point (CSS pixels) a click may land and still erase it. */
    static final double ERASE_REACH_PX = 12;

    private final Playground playground;
    private final NextFrame frames = new NextFrame(this::frame);
    private final NextTask training = new NextTask(this::trainSlice);
    private final HashWriter hash = new HashWriter();
    private final NodeSurfaces surfaces = new NodeSurfaces();
    private final PlaybackControls playback;
    private final HyperparameterControls hyperparameters;
    private final DataControls data;
    private final PointTools points;
    private final ViewToggles toggles;
    private final OutputView output;
    private final StatusView status = new StatusView();
    private final Tooltip tooltip = new Tooltip();
    private final Renderer renderer;
    private final ScheduleControls schedule;
    private final FormulaControl formula;
    private final EmbedBridge embed;
    private boolean playing;
    private NodeRef hovered;
    private Selection selection = Selection.NONE;
    /** The link under the pointer (layer, from, to), or null. */
    private int[] tipLink;
    private double frameStart;

    public PageController(Playground playground) {
        this.playground = playground;
        this.playback = new PlaybackControls(this);
        this.hyperparameters = new HyperparameterControls(this);
        this.data = new DataControls(this);
        this.schedule = new ScheduleControls(this);
        this.formula = new FormulaControl(this);
        this.points = new PointTools(this);
        this.toggles = new ViewToggles(this);
        this.output = new OutputView(this, surfaces);
        this.renderer = new Renderer(output, new NetworkView(this, surfaces), new Inspector(this), status, playback);
        new UploadControl(this);
        new ExportControl(this);
        new ShareControl(this);
        this.embed = new EmbedBridge(this);
    }

    /** Shows the first state, with what the link had that could not be used. */
    public void start(List<String> warnings) {
        String notice = playground.takeNotice();
        if (!notice.isEmpty()) {
            warnings.add(notice);
        }
        status.notices(warnings);
        hash.writeNow(playground.state());
        PageUrl.onHashChange(this::hashChanged);
        HTMLDocument.current().addEventListener("keydown", (Event e) -> {
            if ("Escape".equals(((KeyboardEvent) e).getKey())) {
                clearSelection();
            }
        });
        afterChange();
        // After the first frame is on screen: compile the training code before anyone presses play.
        Window.setTimeout(Warmup::run, 0);
    }

    Playground playground() {
        return playground;
    }

    /** Applies a setting; returns what is wrong with it (and then nothing changed), or null. */
    String change(Property property, String text) {
        String problem = playground.change(property, text);
        if (problem == null) {
            afterChange();
        }
        return problem;
    }

    void changeNetwork(Network next) {
        playground.changeNetwork(next);
        afterChange();
    }

    void toggleFeature(InputFeatures.Feature feature) {
        String problem = playground.toggleFeature(feature);
        if (problem != null) {
            status.notice(problem);
            renderer.rebuildNextFrame();
        }
        afterChange();
    }

    void togglePlay() {
        if (playing) {
            playing = false;
            playground.session().pause();
        } else if (playground.session().canTrain()) {
            playing = true;
            playground.session().play();
        }
        redraw();
    }

    /** Starts training unless it runs already; returns why it cannot, or null. */
    String play() {
        if (!playing) {
            togglePlay();
        }
        return playing ? null : "the network cannot train now: " + playground.session().message();
    }

    void pause() {
        if (playing) {
            togglePlay();
        }
    }

    void step() {
        playing = false;
        playground.session().stepOnce();
        redraw();
    }

    void reset() {
        playing = false;
        playground.reset();
        afterChange();
    }

    void regenerate() {
        playground.regenerate();
        afterChange();
    }

    String upload(String fileName, String text) {
        String problem = playground.upload(fileName, text);
        if (problem == null) {
            playing = false;
            afterChange();
        }
        return problem;
    }

    /** A click or Enter on the square at (fx, fy), fractions of its width and height. */
    void outputClicked(double fx, double fy, boolean modified) {
        String tool = points.tool();
        if ("inspect".equals(tool)) {
            return;
        }
        Grid2D grid = playground.surfaces().grid();
        float x1 = grid.x1AtFraction(fx);
        float x2 = grid.x2AtFraction(fy);
        if ("erase".equals(tool) || modified) {
            float reach = (float) (ERASE_REACH_PX * output.dataPerCssPixel(playground));
            playground.erasePointNear(x1, x2, reach);
            afterChange();
        } else {
            status.notice(playground.addPoint(x1, x2, points.brushLabel()));
            afterChange();
        }
    }

    String editParameter(int layer, int from, int to, String text) {
        String problem = playground.setParameter(layer, from, to, text);
        redraw();
        return problem;
    }

    void nodeClicked(NodeRef node) {
        Selection next = Selection.node(node);
        selection = next.equals(selection) ? Selection.NONE : next;
        redraw();
    }

    void linkClicked(int layer, int from, int to) {
        selection = Selection.link(layer, from, to);
        redraw();
    }

    void hover(NodeRef node) {
        hovered = node;
        redraw();
    }

    void clearSelection() {
        selection = Selection.NONE;
        hovered = null;
        redraw();
    }

    void showLinkTooltip(int layer, int from, int to, HTMLElement anchor, double x, double y) {
        tipLink = new int[] {layer, from, to};
        tooltip.show(linkText(), anchor, x, y);
    }

    /** The hovered link's weight as it is now: the label is written again each frame, after an edit or a step. */
    private String linkText() {
        Dense dense = (Dense) playground.session().model().layer(tipLink[0]);
        return "weight " + Numbers.significant(dense.weight(tipLink[1], tipLink[2]), 3) + " · gradient "
                + Numbers.significant(dense.weightGradient(tipLink[1], tipLink[2]), 3) + " · click to edit";
    }

    void hideTooltip() {
        tipLink = null;
        tooltip.hide();
    }

    String tool() {
        return points.tool();
    }

    void toolChanged() {
        points.show(playground.data());
        redraw();
    }

    /** Asks for a frame; several requests before it give one. */
    void redraw() {
        frames.request();
    }

    private void hashChanged() {
        String now = PageUrl.hash();
        if (!hash.isOwn(now)) {
            follow(now);
        }
    }

    /** Shows the setup a link's hash describes; returns what in it could not be used, or null. */
    String follow(String linkHash) {
        PlaygroundState.Loaded loaded = PlaygroundState.fromHash(linkHash);
        playing = false;
        playground.load(loaded.state);
        status.notices(loaded.warnings);
        afterChange();
        return loaded.warnings.isEmpty() ? null : String.join("; ", loaded.warnings);
    }

    private void afterChange() {
        PlaygroundState state = playground.state();
        hash.schedule(state);
        hyperparameters.show(playground);
        data.show(playground);
        schedule.show(playground);
        formula.show(playground);
        points.show(playground.data());
        toggles.show(state);
        status.notice(playground.takeNotice());
        redraw();
    }

    /** Draws, and while training asks for the next frame and for training slices until it comes. */
    private void frame() {
        frameStart = Performance.now();
        boolean rebuilt = renderer.rebuildIfNeeded(playground);
        if (rebuilt) {
            selection = Selection.NONE;
            hovered = null;
            hideTooltip();
        } else if (tipLink != null) {
            tooltip.retext(linkText());
        }
        renderer.render(playground, rebuilt || !playing, playing, selection, hovered);
        embed.drawn(playground.session());
        if (playing) {
            frames.request();
            training.post();
        }
    }

    /** One slice of training; another follows while the frame has time left. */
    private void trainSlice() {
        Session session = playground.session();
        if (!playing) {
            return;
        }
        session.trainFor(TRAIN_SLICE_MS, Performance::now);
        if (session.state() != RunState.RUNNING) {
            playing = false;
            embed.ended(session);
            redraw();
        } else if (Performance.now() - frameStart < TRAIN_WINDOW_MS) {
            training.post();
        }
    }

}
