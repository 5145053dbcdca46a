package org.neurite.web.studio;

import java.util.ArrayList;
import java.util.List;
import org.neurite.web.dom.Elements;
import org.neurite.web.dom.NextTask;
import org.neurite.web.dom.Property;
import org.neurite.web.dom.PageUrl;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.train.NamedRecipe;
import org.neurite.engine.train.TrainingEvent;
import org.neurite.web.api.ServerOffer;
import org.neurite.web.dom.Dom;
import org.neurite.web.run.ServerRunClient;
import org.neurite.web.run.WorkerRunClient;
import org.neurite.web.run.WorkerScorer;
import org.neurite.web.worker.WorkerClient;
import org.neurite.web.worker.WorkerDataset;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The Studio's wiring: each thing the person does goes to the {@link StudioModel} (the page's state, DOM-free),
 * and each change of the model goes to the widgets that show it. The widgets do the showing; the worker (or the
 * server, for a run sent there) does the training; the engine does the maths.
 */
final class Studio implements ModelEditor.Listener, SettingsForm.Listener, Trainer.Results, StudioEmbed.Page {
    private final StudioModel model = StudioModel.fromHash(PageUrl.hash());
    private final ModelEditor editor = new ModelEditor();
    private final SettingsForm settings = new SettingsForm();
    private final WhereSwitch where = new WhereSwitch();
    private final WorkersChoice workers = new WorkersChoice(PageUrl.hasQuery("embed"));
    private final WorkerRunClient inBrowser;
    private final WorkerClient worker;
    private final TrainingPanel panel = new TrainingPanel();
    private final LearningCharts charts = new LearningCharts();
    private final Trainer trainer;
    private final RunForecast forecast;
    private final InsideView inside = new InsideView();
    private final PadController pad = new PadController(inside::predicted);
    private final ConfusionView confusion = new ConfusionView(this::cellPicked);
    private final DigitGallery cellGallery = new DigitGallery(Dom.byId("st-cell-gallery"));
    private final DigitGallery mistakes = new DigitGallery(Dom.byId("st-mistakes"));
    private final HTMLElement cellTitle = Dom.byId("st-cell-title");
    private final HTMLElement linkProblem = Dom.byId("st-link-problem");
    private final HTMLElement quick = Dom.byId("st-quick");
    private final HTMLElement quickButton = Dom.byId("st-quick-train");
    private final FilesPanel files = new FilesPanel();
    private final ExportPanel exports = new ExportPanel(files);
    private final ServerModelsPanel serverModels = new ServerModelsPanel(files);
    private final StudioEmbed embed = new StudioEmbed(this);
    private final List<String> controlProblems = StudioControls.apply();
    private MnistData data;
    /** The "scoring it" message of the last loaded model, to be followed by its test accuracy. */
    private int scoringMessage = -1;

    Studio(WorkerClient worker) {
        this.worker = worker;
        WorkerScorer scorer = new WorkerScorer(worker);
        inBrowser = new WorkerRunClient(worker);
        trainer = new Trainer(inBrowser, new ServerRunClient("mnist", scorer), scorer, panel, charts, this);
        forecast = new RunForecast(worker);
    }

    void start(String dataBase) {
        editor.listen(this);
        settings.listen(this);
        where.listen(() -> {
            model.placeChosen(where.onServer());
            setupChanged();
        });
        workers.listen(() -> {
            model.workersChosen(workers.value());
            setupChanged();
        });
        showSetup();
        panel.onTrain(this::train);
        panel.onPause(trainer::pause);
        panel.onResume(trainer::resume);
        panel.onStop(trainer::stop);
        panel.phase(TrainingPanel.Phase.NO_DATA);
        quickButton.onClick(e -> trainQuickModel());
        files.listen((name, bytes) -> loadModel(name, "model from " + name, bytes));
        EmbedCode.wire();
        serverModels.listen(new ServerModelsPanel.Current() {
            @Override
            public byte[] modelFile() {
                return model.modelFile();
            }

            @Override
            public String title() {
                return model.modelTitle();
            }

            @Override
            public double accuracy() {
                return model.accuracy();
            }
        }, this::loadModel);
        ServerOffer.fetch(this::serverAnswered);
        cellGallery.empty("");
        mistakes.empty("Train or load a model to see its mistakes.");
        PageUrl.onHashChange(this::hashChanged);
        new DataPanel(dataBase, this::dataReady).load();
        // the plots are not needed before the first run: building them later keeps the start short
        NextTask.once(charts::build);
    }

    /** Shows the whole setup: after the page opens, and after a pasted link. */
    private void showSetup() {
        editor.show(model.setup());
        settings.show(model.setup());
        where.show(model.setup());
        workers.show(model.setup());
        List<String> warnings = new ArrayList<>(model.linkWarnings());
        warnings.addAll(controlProblems);
        linkProblem.setHidden(warnings.isEmpty());
        linkProblem.setTextContent(warnings.isEmpty() ? "" : "Not everything in this link could be used: "
                + String.join("; ", warnings) + ".");
        setupChanged();
    }

    /** The switch and the model store show only when the server has them (not in a static export). */
    private void serverAnswered(ServerOffer offer) {
        where.offer(offer != null && offer.training());
        serverModels.offer(offer != null && offer.server());
        if (!trainer.isActive()) {
            setupChanged();
        }
    }

    /** A pasted link or the back button changed the hash: show that setup (not while a run trains this one). */
    private void hashChanged() {
        if (trainer.isActive()) {
            return;
        }
        model.followLink(PageUrl.hash());
        showSetup();
    }

    @Override
    public String stateRequested(String hash) {
        if (trainer.isActive()) {
            return "the Studio is training: send neurite:reset to stop the run, or wait for neurite:trained";
        }
        model.followLink(hash);
        showSetup();
        return model.linkWarnings().isEmpty() ? null : String.join("; ", model.linkWarnings());
    }

    @Override
    public String resetRequested() {
        if (trainer.isActive()) {
            trainer.stop();
        }
        model.followLink("");
        showSetup();
        return null;
    }

    @Override
    public String trainRequested() {
        if (trainer.isPaused()) {
            trainer.resume();
        } else if (!trainer.isActive()) {
            if (!model.canTrain()) {
                return model.hasData() ? "the setup has a field to fix before it can train (the form says which)"
                        : "the MNIST digits are still downloading: send neurite:train after a moment";
            }
            train();
        }
        return null;
    }

    @Override
    public String pauseRequested() {
        if (trainer.isActive() && !trainer.isPaused()) {
            trainer.pause();
        }
        return null;
    }

    @Override
    public void runEvent(TrainingEvent event) {
        embed.event(event);
    }

    /** The link follows the setup, and Train is offered when it can train. */
    private void setupChanged() {
        PageUrl.replaceHash(model.hash());
        panel.modelUsable(model.setupUsable());
        if (!trainer.isActive()) {
            boolean here = data != null && model.setupUsable() && !where.onServer();
            forecast.show(here ? model.recipe() : null, here ? data.trainSize() : 0,
                    here ? data.testLabels().length : 0);
        }
    }

    private void dataReady(MnistData ready) {
        data = ready;
        worker.loadDataset(WorkerDataset.mnist(ready.trainImages(), ready.trainLabels(), ready.testImagesCopy(),
                ready.testLabelsCopy()));
        worker.watchTestPredictions(true);
        trainer.dataReady(ready.trainSize());
        Elements.flag(quickButton, "disabled", false);
        byte[] waiting = model.dataArrived(ready.trainSize(), ready.testLabels());
        if (waiting != null) {
            trainer.load(waiting);
        }
        setupChanged();
    }

    private void train() {
        if (!model.canTrain()) {
            return;
        }
        exports.trainedWith(model.recipe());
        useWorkers(workers.count(model.setup(), model.recipe()));
        trainer.start(model.recipe(), model.setup().title(), where.onServer());
    }

    private void trainQuickModel() {
        exports.trainedWith(NamedRecipe.MLP.recipe().withEpochs(1));
        useWorkers(workers.count(model.setup(), NamedRecipe.MLP.recipe()));
        trainer.start(NamedRecipe.MLP.recipe().withEpochs(1), "Quick model", false);
    }

    private void useWorkers(int count) {
        inBrowser.useWorkers(count);
        workers.used(count);
    }

    @Override
    public void presetPicked(String id) {
        model.presetPicked(id);
        settings.show(model.setup());
        setupChanged();
    }

    @Override
    public void modelEdited(ModelSpec spec) {
        model.modelEdited(spec);
        setupChanged();
    }

    @Override
    public void typed(Property row, String text) {
        settings.problem(row, model.typed(row, text));
        setupChanged();
    }

    @Override
    public void learningRateEntered() {
        boolean running = panel.phase() == TrainingPanel.Phase.RUNNING || panel.phase() == TrainingPanel.Phase.PAUSED;
        if (running && model.problem(StudioSettings.LEARNING_RATE) == null) {
            String typed = model.setup().text(StudioSettings.LEARNING_RATE);
            trainer.setLearningRate(Float.parseFloat(typed), typed);
        }
    }

    @Override
    public void runActive(boolean active) {
        editor.setEnabled(!active);
        settings.lockForRun(active, !trainer.takesLearningRate());
        where.lock(active);
        workers.lock(active);
        Elements.flag(quickButton, "disabled", active || !model.hasData());
    }

    @Override
    public void modelArrived(byte[] modelFile, String title) {
        model.trained(modelFile, title);
        showModel();
    }

    /** The current model goes to the pad, the pictures and the downloads. */
    private void showModel() {
        Model current = model.model();
        pad.use(current, model.modelTitle());
        files.offer(model.modelFile(), model.modelTitle());
        exports.offer(current, model.modelTitle());
        serverModels.modelReady();
        quick.setHidden(true);
        // the pictures of the first layer are a task of their own: reading the model was enough for this one
        NextTask.once(() -> inside.show(current));
    }

    @Override
    public void testPredictions(int epoch, float[] values) {
        String caption = model.scored(epoch, values);
        if (caption == null) {
            return;
        }
        confusion.show(model.matrix(), caption);
        if (epoch < 0) {
            trainer.loadedModelScored((float) model.accuracy());
            files.followUp(scoringMessage, "ok", model.scoredMessage());
        }
        NextTask.once(this::showMistakes);
    }

    private void showMistakes() {
        int[] worst = model.mistakes(DigitGallery.LIMIT);
        if (worst.length == 0) {
            mistakes.empty("No mistakes on the test set.");
        } else {
            mistakes.show(worst, data, model.matrix(), model.probabilities(), true);
        }
        showCell(model.picked());
    }

    private void cellPicked(int actual, int guess) {
        showCell(model.pick(actual, guess));
    }

    private void showCell(StudioModel.Cell cell) {
        if (cell == null) {
            return;
        }
        confusion.select(cell.actual, cell.guess);
        cellTitle.setHidden(false);
        cellTitle.setTextContent(cell.title);
        if (cell.samples.length == 0) {
            cellGallery.empty("No test digits in this cell.");
        } else {
            cellGallery.show(cell.samples, data, model.matrix(), model.probabilities(), cell.mistakes());
        }
    }

    /** Makes a model file from disk or from the server the page's model; {@code name} says where it came from. */
    private void loadModel(String name, String title, byte[] bytes) {
        boolean wasTraining = trainer.isActive();
        StudioModel.Loaded loaded = model.load(name, title, bytes, wasTraining);
        if (!loaded.ok()) {
            files.status("error", loaded.message);
            return;
        }
        showModel();
        scoringMessage = files.status("ok", loaded.message);
        if (loaded.scoreNow) {
            trainer.load(bytes);
        }
    }
}
