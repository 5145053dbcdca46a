package org.neurite.web.studio;

import org.neurite.web.dom.Elements;
import org.neurite.web.dom.NextTask;
import org.neurite.web.dom.Numbers;
import org.neurite.web.dom.PageUrl;
import org.neurite.engine.model.ModelFile;
import org.neurite.engine.model.ModelFormatException;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.train.ConfusionMatrix;
import org.neurite.engine.train.NamedRecipe;
import org.neurite.engine.train.RecipeForm;
import org.neurite.web.api.ServerOffer;
import org.neurite.web.dom.Dom;
import org.neurite.web.run.ServerRunClient;
import org.neurite.web.run.WorkerRunClient;
import org.neurite.web.run.WorkerScorer;
import org.neurite.web.worker.WorkerClient;
import org.neurite.web.worker.WorkerDataset;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The Studio's controller: it keeps the page state (the setup in the URL hash, the data, the current model and
 * its test-set predictions) and passes each change to the widgets that show it. The widgets do the showing;
 * the worker (or the server, for a run sent there) does the training; the engine does the maths.
 */
final class Studio implements ModelEditor.Listener, SettingsForm.Listener, Trainer.Results {
    private StudioState state = StudioState.fromHash(PageUrl.hash());
    private final ModelEditor editor = new ModelEditor();
    private final SettingsForm settings = new SettingsForm();
    private final WhereSwitch where = new WhereSwitch();
    private final WorkerClient worker;
    private final TrainingPanel panel = new TrainingPanel();
    private final LearningCharts charts = new LearningCharts();
    private final Trainer trainer;
    private final InsideView inside = new InsideView();
    private final PadController pad = new PadController(inside::predicted);
    private final ConfusionView confusion = new ConfusionView(this::cellPicked);
    private final DigitGallery cellGallery = new DigitGallery(Dom.byId("st-cell-gallery"));
    private final DigitGallery mistakes = new DigitGallery(Dom.byId("st-mistakes"));
    private final HTMLElement cellTitle = Dom.byId("st-cell-title");
    private final HTMLElement quick = Dom.byId("st-quick");
    private final HTMLElement quickButton = Dom.byId("st-quick-train");
    private final FilesPanel files = new FilesPanel();
    private final ExportPanel exports = new ExportPanel(files);
    private final ServerModelsPanel serverModels = new ServerModelsPanel(files);
    /** The model the pad uses, as a file, and its title: what "Save to the server" stores. */
    private byte[] currentFile;
    private String currentTitle = "";
    /** The current model's test accuracy, NaN until scored. */
    private double currentAccuracy = Double.NaN;
    private MnistData data;
    private ConfusionMatrix matrix;
    private float[] probabilities;
    private int pickedActual = -1;
    private int pickedGuess = -1;
    private byte[] waitingForData;
    /** The "scoring it" message of the last loaded model, to be followed by its test accuracy. */
    private int scoringMessage = -1;

    Studio(WorkerClient worker) {
        this.worker = worker;
        WorkerScorer scorer = new WorkerScorer(worker);
        trainer = new Trainer(new WorkerRunClient(worker), new ServerRunClient("mnist", scorer), scorer, panel, charts,
                this);
    }

    void start(String dataBase) {
        editor.listen(this);
        editor.show(state);
        settings.listen(this);
        settings.show(state);
        where.listen(this::settingsChanged);
        where.show(state);
        panel.onTrain(this::train);
        panel.onPause(trainer::pause);
        panel.onResume(trainer::resume);
        panel.onStop(trainer::stop);
        panel.phase(TrainingPanel.Phase.NO_DATA);
        quickButton.onClick(e -> trainQuickModel());
        files.listen(this::loadFile);
        EmbedCode.wire(files);
        serverModels.listen(new ServerModelsPanel.Current() {
            @Override
            public byte[] modelFile() {
                return currentFile;
            }

            @Override
            public String title() {
                return currentTitle;
            }

            @Override
            public double accuracy() {
                return currentAccuracy;
            }
        }, this::loadModel);
        ServerOffer.fetch(this::serverAnswered);
        cellGallery.empty("");
        mistakes.empty("Train or load a model to see its mistakes.");
        settingsChanged();
        PageUrl.onHashChange(this::hashChanged);
        new DataPanel(dataBase, this::dataReady).load();
        // the plots are not needed before the first run: building them later keeps the start short
        NextTask.once(charts::build);
    }

    /** The switch and the model store show only when the server has them (not in a static export). */
    private void serverAnswered(ServerOffer offer) {
        where.offer(offer != null && offer.training());
        serverModels.offer(offer != null);
        if (!trainer.isActive()) {
            settingsChanged();
        }
    }

    /** A pasted link or the back button changed the hash: show that setup (not while a run trains this one). */
    private void hashChanged() {
        if (trainer.isActive()) {
            return;
        }
        state = StudioState.fromHash(PageUrl.hash());
        editor.show(state);
        settings.show(state);
        where.show(state);
        settingsChanged();
    }

    private void dataReady(MnistData ready) {
        data = ready;
        worker.loadDataset(WorkerDataset.mnist(ready.trainImages(), ready.trainLabels(), ready.testImagesCopy(),
                ready.testLabelsCopy()));
        worker.watchTestPredictions(true);
        trainer.dataReady(ready.trainSize());
        Elements.flag(quickButton, "disabled", false);
        if (waitingForData != null) {
            trainer.load(waitingForData);
            waitingForData = null;
        }
        settingsChanged();
    }

    private void train() {
        ModelSpec spec = editor.spec();
        if (spec == null || data == null) {
            return;
        }
        state.spec = spec.toText();
        RecipeForm checked = settings.check(state);
        if (!checked.isValid()) {
            return;
        }
        String title = StudioState.CUSTOM.equals(editor.presetId()) ? "Custom model"
                : NamedRecipe.byId(editor.presetId()).title();
        exports.trainedWith(checked.recipe());
        trainer.start(checked.recipe(), title, where.onServer());
    }

    private void trainQuickModel() {
        exports.trainedWith(NamedRecipe.MLP.recipe().withEpochs(1));
        trainer.start(NamedRecipe.MLP.recipe().withEpochs(1), "Quick model", false);
    }

    @Override
    public void presetPicked(NamedRecipe preset) {
        state.usePreset(preset);
        settings.show(state);
    }

    @Override
    public void modelChanged() {
        settingsChanged();
    }

    @Override
    public void settingsChanged() {
        state.preset = editor.presetId();
        if (editor.spec() != null) {
            state.spec = editor.spec().toText();
        }
        where.copyTo(state);
        boolean valid = settings.check(state).isValid();
        PageUrl.replaceHash(state.toHash());
        panel.modelUsable(editor.spec() != null && valid);
    }

    @Override
    public void learningRateEntered() {
        RecipeForm checked = settings.check(state);
        if (panel.phase() == TrainingPanel.Phase.RUNNING || panel.phase() == TrainingPanel.Phase.PAUSED) {
            if (checked.problem(RecipeForm.Field.LEARNING_RATE) == null) {
                String typed = state.learningRate.trim();
                trainer.setLearningRate(Float.parseFloat(typed), typed);
            }
        }
    }

    @Override
    public void runActive(boolean active) {
        editor.setEnabled(!active);
        settings.lockForRun(active, !trainer.takesLearningRate());
        where.lock(active);
        Elements.flag(quickButton, "disabled", active || data == null);
    }

    @Override
    public void modelArrived(byte[] modelFile, String title) {
        use(ModelFile.read(modelFile), modelFile, title);
    }

    /** Makes {@code model} (whose file is {@code modelFile}) the one the pad, the pictures and the download use. */
    private void use(Model model, byte[] modelFile, String title) {
        pad.use(model, title);
        files.offer(modelFile, title);
        exports.offer(model, title);
        currentFile = modelFile;
        currentTitle = title;
        serverModels.modelReady();
        quick.setHidden(true);
        // the pictures of the first layer are a task of their own: reading the model was enough for this one
        NextTask.once(() -> inside.show(model));
    }

    @Override
    public void testPredictions(int epoch, float[] values) {
        if (data == null) {
            return;
        }
        probabilities = values;
        matrix = ConfusionMatrix.of(values, 10, data.testLabels());
        currentAccuracy = matrix.accuracy();
        confusion.show(matrix, epoch < 0 ? "This model" : "After epoch " + epoch);
        if (epoch < 0) {
            trainer.loadedModelScored(matrix.accuracy());
            files.followUp(scoringMessage, "ok", "Model loaded: test accuracy " + Numbers.percent(matrix.accuracy(), 2)
                    + " on the 10,000 test digits.");
        }
        NextTask.once(this::showMistakes);
    }

    private void showMistakes() {
        int[] worst = matrix.worstMistakes(DigitGallery.LIMIT);
        if (worst.length == 0) {
            mistakes.empty("No mistakes on the test set.");
        } else {
            mistakes.show(worst, data, matrix, probabilities, true);
        }
        if (pickedActual >= 0) {
            cellPicked(pickedActual, pickedGuess);
        }
    }

    private void cellPicked(int actual, int guess) {
        if (matrix == null) {
            return;
        }
        pickedActual = actual;
        pickedGuess = guess;
        confusion.select(actual, guess);
        int[] samples = matrix.samples(actual, guess);
        cellTitle.setHidden(false);
        cellTitle.setTextContent((actual == guess ? "Test digits " + actual + " read correctly"
                : "Test digits " + actual + " read as " + guess) + ": " + Numbers.grouped(samples.length));
        if (samples.length == 0) {
            cellGallery.empty("No test digits in this cell.");
        } else {
            cellGallery.show(samples, data, matrix, probabilities, actual != guess);
        }
    }

    private void loadFile(String name, byte[] bytes) {
        loadModel(name, "model from " + name, bytes);
    }

    /** Makes a model file from disk or from the server the page's model; {@code name} says where it came from. */
    private void loadModel(String name, String title, byte[] bytes) {
        Model model;
        try {
            model = ModelFile.read(bytes);
        } catch (ModelFormatException | IllegalArgumentException e) {
            files.status("error", "'" + name + "' is not a model this page can use: " + e.getMessage()
                    + ". The current model stays.");
            return;
        }
        if (model.inputSize() != 784 || model.outputSize() != 10) {
            files.status("error", "'" + name + "' is a model for other data: it takes " + model.inputSize()
                    + " inputs and gives " + model.outputSize() + " outputs, but MNIST digits are 784 pixels and 10 "
                    + "classes. The current model stays.");
            return;
        }
        boolean wasTraining = trainer.isActive();
        use(model, bytes, title);
        currentAccuracy = Double.NaN;
        scoringMessage = files.status("ok", "Loaded " + name + " (" + Numbers.grouped(model.parameterCount())
                + " parameters)" + (wasTraining ? "; the training run was stopped" : "") + ". Scoring it on the "
                + "10,000 test digits…");
        if (data == null) {
            waitingForData = bytes;
            scoringMessage = files.status("ok", "Loaded " + name + "; it will be scored once the data has arrived.");
        } else {
            trainer.load(bytes);
        }
    }
}
