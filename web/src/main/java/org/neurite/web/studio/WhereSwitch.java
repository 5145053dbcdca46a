package org.neurite.web.studio;

import org.neurite.web.dom.Elements;
import org.neurite.web.dom.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The "Train in: this browser / the server" switch: two radio buttons (arrow keys move between them). Hidden, not
 * broken, until the server says it trains jobs; while hidden every run trains in this browser.
 */
final class WhereSwitch {
    private final HTMLElement group = Dom.byId("st-where");
    private final HTMLElement browser = Dom.byId("st-on-browser");
    private final HTMLElement server = Dom.byId("st-on-server");
    private boolean offered;

    void listen(Runnable changed) {
        browser.addEventListener("change", e -> changed.run());
        server.addEventListener("change", e -> changed.run());
    }

    /** Shows the choice of {@code setup} (a link's {@code on=server} stays in it until the server has answered). */
    void show(StudioState setup) {
        setChecked(server, setup.onServer());
        setChecked(browser, !setup.onServer());
    }

    /** Shows the switch when the server trains; otherwise hides it and chooses this browser. */
    void offer(boolean serverTrains) {
        offered = serverTrains;
        group.setHidden(!serverTrains);
        group.setAttribute("data-server-training", serverTrains ? "on" : "off");
        if (!serverTrains) {
            setChecked(browser, true);
        }
    }

    /** Whether the next run trains on the server. */
    boolean onServer() {
        return offered && isChecked(server);
    }

    /** No change of place while a run trains. */
    void lock(boolean locked) {
        Elements.flag(browser, "disabled", locked);
        Elements.flag(server, "disabled", locked);
    }

    @JSBody(params = "input", script = "return input.checked;")
    private static native boolean isChecked(HTMLElement input);

    @JSBody(params = { "input", "on" }, script = "input.checked = on;")
    private static native void setChecked(HTMLElement input, boolean on);
}
