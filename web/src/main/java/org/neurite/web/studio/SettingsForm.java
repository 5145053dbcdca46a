package org.neurite.web.studio;

import org.neurite.web.dom.Dom;
import org.neurite.web.dom.Elements;
import org.neurite.web.dom.Property;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The training settings, one input per recipe row of {@link StudioSettings}: optimizer, learning rate, batch
 * size, epochs, L2 and the rate's schedule. It only shows: each edit goes to the {@link StudioModel}, and the
 * problem it answers (the engine's words) is shown beside the field. Enter in the learning rate while a run
 * trains changes the rate of that run.
 */
final class SettingsForm {
    /** Told about edits. */
    interface Listener {
        /** {@code row} was edited to {@code text}. */
        void typed(Property row, String text);

        /** Enter was pressed in the learning-rate field. */
        void learningRateEntered();
    }

    /** The input of each row of {@link StudioSettings#RECIPE_ROWS}. */
    private static final String[] IDS = {"st-optimizer", "st-lr", "st-batch", "st-epochs", "st-l2", "st-schedule",
        "st-decay", "st-period"};
    private final HTMLElement[] inputs = new HTMLElement[IDS.length];
    private final HTMLElement[] errors = new HTMLElement[IDS.length];

    SettingsForm() {
        for (int i = 0; i < IDS.length; i++) {
            inputs[i] = Dom.byId(IDS[i]);
            errors[i] = Dom.byId(IDS[i] + "-error");
        }
    }

    void listen(Listener listener) {
        for (int i = 0; i < inputs.length; i++) {
            Property row = StudioSettings.RECIPE_ROWS[i];
            HTMLElement input = inputs[i];
            input.addEventListener("select".equalsIgnoreCase(input.getTagName()) ? "change" : "input",
                    e -> listener.typed(row, Elements.value(input)));
        }
        inputs[StudioSettings.recipeIndex(StudioSettings.LEARNING_RATE)].addEventListener("keydown", e -> {
            if ("Enter".equals(((KeyboardEvent) e).getKey())) {
                listener.learningRateEntered();
            }
        });
    }

    /** Shows the setup's values, and no problems: what a link or a preset gives is always usable. */
    void show(StudioState setup) {
        for (int i = 0; i < inputs.length; i++) {
            Elements.setValue(inputs[i], setup.text(StudioSettings.RECIPE_ROWS[i]));
            problem(StudioSettings.RECIPE_ROWS[i], null);
        }
    }

    /** Shows what is wrong with the field of {@code row} as typed (null: nothing). */
    void problem(Property row, String problem) {
        int i = StudioSettings.recipeIndex(row);
        errors[i].setTextContent(problem == null ? "" : problem);
        if (problem == null) {
            inputs[i].removeAttribute("aria-invalid");
            inputs[i].removeAttribute("aria-describedby");
        } else {
            inputs[i].setAttribute("aria-invalid", "true");
            inputs[i].setAttribute("aria-describedby", errors[i].getId());
        }
    }

    /**
     * Locks the fields a run cannot change while it trains: all but the learning rate, and that one too when the
     * run takes no new rate ({@code rateFixed}: a server job).
     */
    void lockForRun(boolean locked, boolean rateFixed) {
        for (int i = 0; i < inputs.length; i++) {
            boolean rate = StudioSettings.RECIPE_ROWS[i] == StudioSettings.LEARNING_RATE;
            Elements.flag(inputs[i], "disabled", locked && (!rate || rateFixed));
        }
    }
}
