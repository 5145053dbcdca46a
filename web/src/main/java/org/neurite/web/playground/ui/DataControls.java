package org.neurite.web.playground.ui;

import org.neurite.web.dom.Dom;
import org.neurite.web.playground.Playground;
import org.neurite.web.playground.state.PlaygroundState;
import org.neurite.web.dom.Property;
import org.neurite.web.playground.state.Settings;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/** Which dataset, how many classes, how much noise, the train/test ratio, and new points from the next seed. */
final class DataControls {
    private final HTMLInputElement classes = Fields.input("pg-classes");
    private final HTMLInputElement trainShare = Fields.input("pg-trainShare");
    private final HTMLInputElement noise = Fields.input("pg-noise");
    private final HTMLElement classesField = (HTMLElement) classes.getParentNode();
    private final HTMLElement classesValue = Dom.byId("pg-classes-value");
    private final HTMLElement trainShareValue = Dom.byId("pg-trainShare-value");
    private final HTMLElement noiseValue = Dom.byId("pg-noise-value");
    private final HTMLElement seed = Dom.byId("pg-seed");
    private final HTMLElement csvName = Dom.byId("pg-csv-name");

    DataControls(PageController page) {
        Fields.onRadio("pg-dataset", () -> page.change(Settings.DATASET, Fields.checkedRadio("pg-dataset")));
        slider(page, classes, Settings.CLASSES);
        slider(page, trainShare, Settings.TRAIN_SHARE);
        slider(page, noise, Settings.NOISE);
        Fields.on(Dom.byId("pg-regenerate"), "click", page::regenerate);
    }

    /** Sliders apply while dragging: a new dataset of 500 points takes about a millisecond. */
    private static void slider(PageController page, HTMLInputElement input, Property property) {
        Fields.on(input, "input", () -> page.change(property, input.getValue()));
    }

    void show(Playground playground) {
        PlaygroundState state = playground.state();
        String dataset = state.text(Settings.DATASET);
        Fields.checkRadio("pg-dataset", dataset);
        Fields.enableRadio("pg-dataset", "csv", !playground.uploadedName().isEmpty());
        csvName.setTextContent(playground.uploadedName().isEmpty() ? "Uploaded file" : playground.uploadedName());
        Fields.showValue(classes, state.text(Settings.CLASSES));
        Fields.showValue(trainShare, state.text(Settings.TRAIN_SHARE));
        Fields.showValue(noise, state.text(Settings.NOISE));
        classesValue.setTextContent(state.text(Settings.CLASSES));
        trainShareValue.setTextContent(state.integer(Settings.TRAIN_SHARE) + "%");
        noiseValue.setTextContent(state.text(Settings.NOISE));
        seed.setTextContent(state.text(Settings.SEED));
        classesField.setHidden(!"multiclass".equals(dataset));
        boolean generated = !"csv".equals(dataset);
        noise.setDisabled(!generated);
    }
}
