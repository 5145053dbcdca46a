package org.neurite.web.playground;

import org.neurite.engine.data.CsvFormatException;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.data.Generators2D;
import org.neurite.engine.data.TypedFunctions2D;
import org.neurite.engine.data.InputFeatures;
import org.neurite.engine.nn.Dense;
import org.neurite.engine.nn.Model;
import org.neurite.engine.random.Rng;
import org.neurite.engine.data.CsvData;
import org.neurite.web.playground.data.CsvPoints;
import org.neurite.web.playground.data.PlaygroundData;
import org.neurite.web.playground.data.Seeds;
import org.neurite.web.playground.model.Network;
import org.neurite.web.dom.ListText;
import org.neurite.web.playground.state.PlaygroundState;
import org.neurite.web.playground.state.PointList;
import org.neurite.web.dom.Property;
import org.neurite.web.playground.state.Settings;
import org.neurite.web.dom.ValueText;
import org.neurite.web.playground.train.Session;
import org.neurite.web.playground.train.TrainingSettings;
import org.neurite.web.playground.model.GridSurfaces;

/**
 * The Playground without its page: the state, the data it describes, the network built from it and the
 * training session. Every change goes through here and has exactly the consequences Playground users
 * expect: new data or a new network start training afresh, new hyperparameters carry on from the current
 * weights, view settings only redraw. No DOM here, so it is tested on the JVM.
 */
public final class Playground {
    /** Grid points per side for every heatmap; the thumbnails take every {@link #THUMBNAIL_STEP}-th. */
    public static final int GRID = 80;
    public static final int THUMBNAIL_STEP = 4;
    static final int CLASSIFICATION_SAMPLES = 500;
    static final int REGRESSION_SAMPLES = 1200;
    /** Weights typed by hand beyond this only saturate every neuron; refusing them keeps the page usable. */
    static final float MAX_TYPED_WEIGHT = 1000f;
    /** The "input" of a unit's bias in {@link #setParameter}. */
    public static final int BIAS = -1;

    private static final Property[] DATA = {Settings.DATASET, Settings.CLASSES, Settings.NOISE, Settings.TRAIN_SHARE,
        Settings.SEED, Settings.POINTS, Settings.REMOVED, Settings.BOUNDARY, Settings.FUNCTION};
    private static final Property[] EDITS = {Settings.POINTS, Settings.REMOVED};
    private static final Property[] MODEL = {Settings.FEATURES, Settings.LAYERS, Settings.ACTIVATIONS, Settings.LOSS};
    private static final Property[] TRAINING = {Settings.LEARNING_RATE, Settings.BATCH_SIZE, Settings.OPTIMIZER,
        Settings.REGULARIZATION, Settings.REGULARIZATION_RATE, Settings.TARGET_LOSS, Settings.SCHEDULE,
        Settings.SCHEDULE_DECAY, Settings.SCHEDULE_PERIOD};

    private PlaygroundState state;
    private CsvData uploaded;
    private String uploadedName = "";
    private PlaygroundData data;
    private InputFeatures features;
    private Network network;
    private Session session;
    private GridSurfaces surfaces;
    private int structureVersion;
    private String notice = "";

    public Playground(PlaygroundState initial) {
        state = new PlaygroundState(initial);
        if ("csv".equals(state.text(Settings.DATASET))) {
            notice = "This link was made with an uploaded CSV file, which a link cannot carry; upload the file"
                    + " again to see it. Showing the circle dataset meanwhile.";
            state.put(Settings.DATASET, "circle");
            clearEdits();
        }
        rebuildData();
    }

    /** Takes a whole new state (a pasted link); an uploaded file is kept only if the link still asks for it. */
    public void load(PlaygroundState next) {
        boolean keepUpload = uploaded != null && "csv".equals(next.text(Settings.DATASET));
        state = new PlaygroundState(next);
        if (!keepUpload && "csv".equals(state.text(Settings.DATASET))) {
            state.put(Settings.DATASET, "circle");
            clearEdits();
        }
        rebuildData();
    }

    /**
     * Sets {@code property} from what someone typed or picked. Returns what is wrong with it (the previous
     * value stays) or null, after applying the consequences.
     */
    public String change(Property property, String text) {
        if (property == Settings.DATASET && "csv".equals(text.trim()) && uploaded == null) {
            return "no CSV file has been uploaded yet; use \"Upload CSV\" to choose one";
        }
        PlaygroundState before = new PlaygroundState(state);
        String problem = state.set(property, text);
        if (problem != null || state.sameAs(before, property)) {
            return problem;
        }
        if (isOneOf(property, DATA)) {
            if (!isOneOf(property, EDITS)) {
                clearEdits();
            }
            rebuildData();
        } else if (isOneOf(property, MODEL)) {
            rebuildModel();
        } else if (isOneOf(property, TRAINING)) {
            session.apply(TrainingSettings.of(state));
        }
        return null;
    }

    /** A new network shape or activation; training starts afresh. */
    public void changeNetwork(Network next) {
        next.writeTo(state);
        rebuildModel();
    }

    /** Turns an input feature on or off; refusing to turn off the last one, with the reason. */
    public String toggleFeature(InputFeatures.Feature feature) {
        try {
            return change(Settings.FEATURES, features.toggle(feature).ids());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** New points (and new first weights) from the next seed. */
    public void regenerate() {
        change(Settings.SEED, Integer.toString(state.integer(Settings.SEED) + 1));
    }

    /** Back to the first weights of this setup; the same seed gives the same run again. */
    public void reset() {
        rebuildModel();
    }

    /** Adds a training point with {@code label} (class index or target); refused beyond the link's limit. */
    public String addPoint(float x1, float x2, float label) {
        String points = state.text(Settings.POINTS);
        if (ListText.items(points, ';').length >= Settings.MAX_ADDED_POINTS) {
            return "you have added " + Settings.MAX_ADDED_POINTS + " points, as many as a link can carry;"
                    + " erase some, or upload your points as a CSV file";
        }
        return change(Settings.POINTS, PointList.append(points, x1, x2, label));
    }

    /** Erases the point nearest (x1, x2) within {@code radius}; returns whether there was one to erase. */
    public boolean erasePointNear(float x1, float x2, float radius) {
        int i = data.nearest(x1, x2, radius);
        if (i < 0) {
            return false;
        }
        if (!data.isTest(i) && data.trainCount() == 1) {
            notice = "That is the last training point; the network needs at least one to learn from.";
            return false;
        }
        if (data.isAdded(i)) {
            change(Settings.POINTS, PointList.remove(state.text(Settings.POINTS), data.addedIndex(i)));
        } else {
            String removed = state.text(Settings.REMOVED);
            change(Settings.REMOVED, removed.isEmpty() ? Integer.toString(data.baseIndex(i))
                    : removed + "," + data.baseIndex(i));
        }
        return true;
    }

    /**
     * Uses the points of an uploaded CSV file. A bad file changes nothing: the current data stays and the
     * returned message (the reader's own, naming line and column) says what is wrong.
     */
    public String upload(String fileName, String text) {
        CsvData points;
        try {
            points = CsvPoints.read(fileName, text);
        } catch (CsvFormatException | IllegalArgumentException e) {
            return e.getMessage();
        }
        uploaded = points;
        uploadedName = fileName;
        state.put(Settings.DATASET, "csv");
        clearEdits();
        rebuildData();
        return null;
    }

    /**
     * Sets the weight from input {@code from} to unit {@code to} of dense layer {@code layer} (or, with
     * {@code from} {@link #BIAS}, the unit's bias) to the number typed; returns what is wrong with the text, or null.
     */
    public String setParameter(int layer, int from, int to, String text) {
        float value = ValueText.decimal(text);
        if (Float.isNaN(value) || Float.isInfinite(value)) {
            return "'" + text.trim() + "' is not a number; type one such as 0.5, -1.2 or 2e-3";
        }
        if (Math.abs(value) > MAX_TYPED_WEIGHT) {
            return value + " is too large for a weight here; type a number between -" + (int) MAX_TYPED_WEIGHT
                    + " and " + (int) MAX_TYPED_WEIGHT;
        }
        Dense dense = (Dense) session.model().layer(layer);
        if (from == BIAS) {
            dense.setBias(to, value);
        } else {
            dense.setWeight(from, to, value);
        }
        session.weightsEdited();
        return null;
    }

    private void clearEdits() {
        state.put(Settings.POINTS, "");
        state.put(Settings.REMOVED, "");
    }

    private void rebuildData() {
        String name = state.text(Settings.DATASET);
        int seed = state.integer(Settings.SEED);
        boolean csv = "csv".equals(name);
        Dataset base = csv ? uploaded.dataset() : generate(name, seed);
        data = PlaygroundData.of(csv ? uploadedName : name, base, state.integer(Settings.TRAIN_SHARE) / 100f,
                Seeds.split(seed), ListText.ints(state.text(Settings.REMOVED), -1),
                PointList.parse(state.text(Settings.POINTS)))
                .withClassNames(csv ? uploaded.classNames() : new String[0]);
        rebuildModel();
    }

    private Dataset generate(String name, int seed) {
        boolean regression = "plane".equals(name) || "multigaussian".equals(name) || "function".equals(name);
        int count = regression ? REGRESSION_SAMPLES : CLASSIFICATION_SAMPLES;
        float noise = state.integer(Settings.NOISE) / 100f;
        Rng rng = new Rng(Seeds.data(seed));
        if ("boundary".equals(name)) {
            return TypedFunctions2D.boundary(formula(Settings.BOUNDARY, Settings.DEFAULT_BOUNDARY), count, noise, rng);
        }
        if ("function".equals(name)) {
            return TypedFunctions2D.function(formula(Settings.FUNCTION, Settings.DEFAULT_FUNCTION), count, noise, rng);
        }
        return Generators2D.byName(name, count, noise, state.integer(Settings.CLASSES), rng);
    }

    /** The typed formula, or the example when none was typed. */
    private String formula(Property property, String example) {
        String text = state.text(property).trim();
        return text.isEmpty() ? example : text;
    }

    private void rebuildModel() {
        features = InputFeatures.parse(state.text(Settings.FEATURES));
        network = Network.of(state);
        Model model = Model.create(network.spec(features, data.problem(), data.classCount(),
                        state.text(Settings.LOSS)),
                new Rng(Seeds.weights(state.integer(Settings.SEED))));
        session = new Session(model, data.train(features), data.test(features), TrainingSettings.of(state));
        surfaces = new GridSurfaces(model, features, data.extent(), GRID);
        structureVersion++;
    }

    private static boolean isOneOf(Property property, Property[] group) {
        for (Property p : group) {
            if (p == property) {
                return true;
            }
        }
        return false;
    }

    public PlaygroundState state() {
        return state;
    }

    public PlaygroundData data() {
        return data;
    }

    public InputFeatures features() {
        return features;
    }

    public Network network() {
        return network;
    }

    public Session session() {
        return session;
    }

    public GridSurfaces surfaces() {
        return surfaces;
    }

    /** Changes whenever the network or data is rebuilt, so views rebuild what depends on their shape. */
    public int structureVersion() {
        return structureVersion;
    }

    /** The name of the uploaded file, or "" when none was uploaded. */
    public String uploadedName() {
        return uploadedName;
    }

    /** A one-off remark for the page (the link needed a file; the last point), then cleared. */
    public String takeNotice() {
        String text = notice;
        notice = "";
        return text;
    }
}
