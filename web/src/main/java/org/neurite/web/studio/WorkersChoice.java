package org.neurite.web.studio;

import org.neurite.engine.train.Recipe;
import org.neurite.web.dom.Dom;
import org.neurite.web.dom.Elements;
import org.neurite.web.worker.TrainingWorkers;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The "Workers in this browser" choice: automatic (this browser's cores less one for a model worth splitting, see
 * {@code TrainingWorkers}; one in an embed that is not cross-origin isolated) or 1 to 8. The count a run trained on is left in {@code data-workers}.
 */
final class WorkersChoice {
    private final HTMLElement select = Dom.byId("st-workers");
    private final boolean embedded;

    WorkersChoice(boolean embedded) {
        this.embedded = embedded;
    }

    void listen(Runnable changed) {
        select.addEventListener("change", e -> changed.run());
    }

    /** Shows the choice of {@code setup}; the automatic entry names the count it stands for here, for its model. */
    void show(StudioState setup) {
        setValue(select, setup.text(StudioSettings.WORKERS));
        setOptionText(select, 0, "automatic (" + TrainingWorkers.forThisPage(0, embedded, setup.recipe()) + ")");
    }

    /** The value chosen, as a link writes it ("auto", "2"). */
    String value() {
        return value(select);
    }

    /** The workers a run of {@code recipe} in this browser trains on. */
    int count(StudioState setup, Recipe recipe) {
        return TrainingWorkers.forThisPage(setup.workers(), embedded, recipe);
    }

    /** Records the count a run started with, for the person's tools and the tests. */
    void used(int workers) {
        select.setAttribute("data-workers", Integer.toString(workers));
    }

    /** No change while a run trains. */
    void lock(boolean locked) {
        Elements.flag(select, "disabled", locked);
    }

    @JSBody(params = "select", script = "return select.value;")
    private static native String value(HTMLElement select);

    @JSBody(params = { "select", "value" }, script = "select.value = value;")
    private static native void setValue(HTMLElement select, String value);

    @JSBody(params = { "select", "index", "text" }, script = "select.options[index].textContent = text;")
    private static native void setOptionText(HTMLElement select, int index, String text);
}
