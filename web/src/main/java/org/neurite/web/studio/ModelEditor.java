package org.neurite.web.studio;

import org.neurite.web.dom.Elements;
import java.util.ArrayList;
import java.util.List;
import org.neurite.engine.nn.Activation;
import org.neurite.engine.nn.LayerSpec;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.nn.ModelSummary;
import org.neurite.engine.train.NamedRecipe;
import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The model panel: the presets (MLP, Deeper MLP, Quick CNN, CNN) and a custom model edited layer by layer,
 * always shown with its summary table. The engine checks every edit (shapes, ranges, size); the first problem is
 * shown and the model is unusable until it is fixed. Input (1x28x28) and output (dense 10, softmax cross-entropy)
 * are fixed.
 */
final class ModelEditor implements LayerRow.Actions {
    private static final String LOSS = "softmaxCrossEntropy";

    /** Told when the preset or the custom model changes. */
    interface Listener {
        /** A preset (or Custom) was picked by hand: the training settings take its recipe. */
        void presetPicked(String id);

        /** The custom model was edited: its spec, or null while it cannot be built. */
        void modelEdited(ModelSpec spec);
    }

    private final HTMLElement custom = Dom.byId("st-custom");
    private final HTMLElement layers = Dom.byId("st-layers");
    private final HTMLElement addKind = Dom.byId("st-add-kind");
    private final HTMLElement error = Dom.byId("st-model-error");
    private final HTMLElement presetNote = Dom.byId("st-preset-note");
    private final SummaryTable summaryTable = new SummaryTable();
    private final List<LayerRow> rows = new ArrayList<>();
    private final PresetChoice presets = new PresetChoice();
    private Listener listener;
    private String preset = NamedRecipe.MLP.id();
    private ModelSpec spec;

    void listen(Listener listener) {
        this.listener = listener;
        presets.onPick(this::picked);
        Dom.byId("st-add-layer").onClick(e -> add());
    }

    /** Shows the model of {@code setup}: a preset, or a custom model edited layer by layer. */
    void show(StudioState setup) {
        preset = setup.text(StudioSettings.PRESET);
        presets.select(preset);
        fill(setup.spec());
        custom.setHidden(!setup.isCustom());
        check();
    }

    /** Locks the choice while a run trains this model. */
    void setEnabled(boolean enabled) {
        presets.setEnabled(enabled);
        Elements.flag(custom, "inert", !enabled);
    }

    private void picked(String id) {
        preset = id;
        custom.setHidden(!StudioSettings.CUSTOM.equals(id));
        if (!StudioSettings.CUSTOM.equals(id)) {
            fill(NamedRecipe.byId(id).recipe().spec());
        }
        // Custom starts from the model on screen, so "CNN, then Custom" edits the CNN
        check();
        listener.presetPicked(id);
    }

    private void fill(ModelSpec model) {
        rows.clear();
        Elements.clear(layers);
        List<LayerSpec> specs = model.layers();
        for (int i = 0; i < specs.size() - 1; i++) {
            rows.add(LayerRow.of(specs.get(i), this));
        }
        redrawRows();
    }

    private void add() {
        rows.add(LayerRow.blank(Elements.value(addKind), this));
        redrawRows();
        changed();
    }

    @Override
    public void move(LayerRow row, int by) {
        int from = rows.indexOf(row);
        int to = from + by;
        if (to < 0 || to >= rows.size()) {
            return;
        }
        rows.remove(from);
        rows.add(to, row);
        redrawRows();
        changed();
    }

    @Override
    public void remove(LayerRow row) {
        rows.remove(row);
        redrawRows();
        changed();
    }

    @Override
    public void changed() {
        check();
        listener.modelEdited(spec);
    }

    private void redrawRows() {
        Elements.clear(layers);
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).number(i + 1);
            layers.appendChild(rows.get(i).element());
        }
    }

    /** Builds the spec from the rows; the engine's first complaint is shown, and the row it names marked. */
    private void check() {
        spec = null;
        for (LayerRow row : rows) {
            row.markInvalid(false);
        }
        try {
            ModelSpec.Builder builder = ModelSpec.builder(1, 28, 28);
            for (int i = 0; i < rows.size(); i++) {
                builder.layer(rows.get(i).toSpec(i + 1));
            }
            ModelSpec built = builder.dense(10, Activation.LINEAR).loss(LOSS).build();
            ModelSummary summary = ModelSummary.of(built);
            summaryTable.show(summary, presetTitle());
            if (!summary.fits()) {
                showError(summary.sizeProblem());
                return;
            }
            spec = built;
            error.setHidden(true);
            presetNote.setTextContent(note());
        } catch (IllegalArgumentException e) {
            markRowNamedIn(e.getMessage());
            showError(e.getMessage());
            summaryTable.clear();
        }
    }

    private void showError(String message) {
        error.setTextContent("This model cannot be built: " + message + ".");
        error.setHidden(false);
    }

    private void markRowNamedIn(String message) {
        if (message.startsWith("layer ")) {
            int end = message.indexOf(' ', 6);
            try {
                int position = Integer.parseInt(message.substring(6, end < 0 ? message.length() : end));
                if (position >= 1 && position <= rows.size()) {
                    rows.get(position - 1).markInvalid(true);
                }
            } catch (NumberFormatException ignored) {
                // a message about the model as a whole
            }
        }
    }

    private String presetTitle() {
        return StudioSettings.CUSTOM.equals(preset) ? "Custom" : NamedRecipe.byId(preset).title();
    }

    private String note() {
        return switch (preset) {
            case "mlp" -> "One hidden layer of 128 ReLU units (784-128-10). About 96% after one epoch.";
            case "deeper-mlp" -> "Two hidden layers (784-256-128-10) with dropout. About 98% in a few epochs.";
            case "quick-cnn" -> "A small CNN: two 3×3 convolutions of 8 and 16 filters with max pooling, then a"
                    + " dense layer of 64. About 98.5% after two epochs, in a few minutes.";
            case "cnn" -> "LeNet-like: two 5×5 convolutions with max pooling, then a dense layer. 99% in a few "
                    + "epochs, but each epoch takes minutes in a browser.";
            default -> "Your own layers. Convolution and pooling need the 28×28 image, so put them before flatten.";
        };
    }

}
