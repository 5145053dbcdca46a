package org.neurite.web.playground.ui;

import org.neurite.web.playground.state.PlaygroundState;
import org.neurite.web.dom.Property;
import org.neurite.web.playground.state.Settings;
import org.teavm.jso.dom.html.HTMLInputElement;

/** Show test points, discretize the output: how the square is drawn, nothing else. */
final class ViewToggles {
    private final HTMLInputElement showTest = Fields.input("pg-showTest");
    private final HTMLInputElement discretize = Fields.input("pg-discretize");

    ViewToggles(PageController page) {
        toggle(page, showTest, Settings.SHOW_TEST);
        toggle(page, discretize, Settings.DISCRETIZE);
    }

    private static void toggle(PageController page, HTMLInputElement box, Property property) {
        Fields.on(box, "change", () -> page.change(property, Boolean.toString(box.isChecked())));
    }

    void show(PlaygroundState state) {
        showTest.setChecked(state.flag(Settings.SHOW_TEST));
        discretize.setChecked(state.flag(Settings.DISCRETIZE));
    }
}
