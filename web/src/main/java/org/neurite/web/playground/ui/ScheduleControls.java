package org.neurite.web.playground.ui;

import org.neurite.web.dom.Dom;
import org.neurite.web.playground.Playground;
import org.neurite.web.playground.state.PlaygroundState;
import org.neurite.web.dom.Property;
import org.neurite.web.playground.state.Settings;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/** The learning-rate schedule (none, step, exponential, cosine), its decay and its period in epochs. */
final class ScheduleControls {
    private final HTMLSelectElement schedule = Fields.select("pg-schedule");
    private final HTMLInputElement decay = Fields.input("pg-decay");
    private final HTMLInputElement period = Fields.input("pg-period");

    ScheduleControls(PageController page) {
        Fields.on(schedule, "change", () -> page.change(Settings.SCHEDULE, schedule.getValue()));
        typed(page, decay, Settings.SCHEDULE_DECAY);
        typed(page, period, Settings.SCHEDULE_PERIOD);
    }

    private static void typed(PageController page, HTMLInputElement field, Property property) {
        HTMLElement error = Dom.byId(field.getId() + "-error");
        Fields.on(field, "change", () -> {
            String problem = page.change(property, field.getValue().trim());
            Fields.showError(field, error, problem);
            if (problem != null) {
                field.setValue(page.playground().state().text(property));
            }
        });
    }

    void show(Playground playground) {
        PlaygroundState state = playground.state();
        String chosen = state.text(Settings.SCHEDULE);
        schedule.setValue(chosen);
        Fields.showValue(decay, state.text(Settings.SCHEDULE_DECAY));
        Fields.showValue(period, state.text(Settings.SCHEDULE_PERIOD));
        // cosine has no decay; none has neither
        decay.setDisabled("none".equals(chosen) || "cosine".equals(chosen));
        period.setDisabled("none".equals(chosen) || "exponential".equals(chosen));
    }
}
