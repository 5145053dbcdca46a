package org.neurite.web.studio;

import org.neurite.web.dom.Elements;
import org.neurite.engine.train.RecipeForm;
import org.neurite.engine.train.RecipeForm.Field;
import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The training settings: optimizer, learning rate, batch size, epochs, L2. Each field is checked by the engine's
 * recipe validator as it is typed and a refused value says why beside the field. Enter in the learning rate while a run trains
 * changes the rate of that run.
 */
final class SettingsForm {
    /** Told about edits. */
    interface Listener {
        void settingsChanged();

        /** Enter was pressed in the learning-rate field. */
        void learningRateEntered();
    }

    private final HTMLElement optimizer = Dom.byId("st-optimizer");
    private final HTMLElement learningRate = Dom.byId("st-lr");
    private final HTMLElement batchSize = Dom.byId("st-batch");
    private final HTMLElement epochs = Dom.byId("st-epochs");
    private final HTMLElement l2 = Dom.byId("st-l2");
    private final HTMLElement[] inputs = {optimizer, learningRate, batchSize, epochs, l2};
    /** The recipe field of each input. */
    private static final Field[] FIELDS = {Field.OPTIMIZER, Field.LEARNING_RATE, Field.BATCH_SIZE, Field.EPOCHS,
        Field.L2};
    private final HTMLElement[] errors = {Dom.byId("st-optimizer-error"), Dom.byId("st-lr-error"),
        Dom.byId("st-batch-error"), Dom.byId("st-epochs-error"), Dom.byId("st-l2-error")};

    void listen(Listener listener) {
        for (HTMLElement input : inputs) {
            input.addEventListener(input == optimizer ? "change" : "input", e -> listener.settingsChanged());
        }
        learningRate.addEventListener("keydown", e -> {
            if ("Enter".equals(((KeyboardEvent) e).getKey())) {
                listener.learningRateEntered();
            }
        });
    }

    /** Shows the values of {@code state} as they were typed. */
    void show(StudioState state) {
        Elements.setValue(optimizer, state.optimizer);
        Elements.setValue(learningRate, state.learningRate);
        Elements.setValue(batchSize, state.batchSize);
        Elements.setValue(epochs, state.epochs);
        Elements.setValue(l2, state.l2);
        check(state);
    }

    /** Copies the typed values into {@code state}. */
    private void copyTo(StudioState state) {
        state.optimizer = Elements.value(optimizer);
        state.learningRate = Elements.value(learningRate);
        state.batchSize = Elements.value(batchSize);
        state.epochs = Elements.value(epochs);
        state.l2 = Elements.value(l2);
    }

    /** Copies the typed values into {@code state} and checks its recipe; every refused field shows its reason. */
    RecipeForm check(StudioState state) {
        copyTo(state);
        RecipeForm form = state.form();
        for (int i = 0; i < FIELDS.length; i++) {
            String problem = form.problem(FIELDS[i]);
            errors[i].setTextContent(problem == null ? "" : problem);
            if (problem == null) {
                inputs[i].removeAttribute("aria-invalid");
                inputs[i].removeAttribute("aria-describedby");
            } else {
                inputs[i].setAttribute("aria-invalid", "true");
                inputs[i].setAttribute("aria-describedby", errors[i].getId());
            }
        }
        return form;
    }

    /**
     * Locks the fields a run cannot change while it trains: all but the learning rate, and that one too when the
     * run takes no new rate ({@code rateFixed}: a server job).
     */
    void lockForRun(boolean locked, boolean rateFixed) {
        for (HTMLElement input : inputs) {
            Elements.flag(input, "disabled", locked && (input != learningRate || rateFixed));
        }
    }
}
