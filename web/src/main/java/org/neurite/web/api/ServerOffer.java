package org.neurite.web.api;

import org.neurite.web.dom.SiteUrl;
import org.neurite.web.worker.Js;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * What the server behind the page offers ({@code GET /api/server}): whether it trains jobs, and its limits. A page
 * served as static files (an export) has no API; it then hides what needs one rather than offering broken buttons.
 */
public final class ServerOffer {
    static final String PATH = "api/server";

    /** Gets the offer, or null when there is no API (no server, a static export, an unreadable answer). */
    public interface Answer {
        void answer(ServerOffer offer);
    }

    private final boolean training;
    private final int maxEpochs;
    private final String[] embedOrigins;

    private ServerOffer(boolean training, int maxEpochs, String[] embedOrigins) {
        this.training = training;
        this.maxEpochs = maxEpochs;
        this.embedOrigins = embedOrigins;
    }

    public static void fetch(Answer answer) {
        Http.text("GET", SiteUrl.of(PATH), (status, body) -> {
            JSObject json = Http.isSuccess(status) ? ApiError.parseOrNull(body) : null;
            if (json == null || !Js.has(json, "training")) {
                answer.answer(null);
            } else {
                answer.answer(new ServerOffer(Js.bool(json, "training", false),
                        (int) Js.number(json, "maxEpochs", 0), strings(json, "embedOrigins")));
            }
        });
    }

    /** Whether the server trains jobs (false when started with --no-server-training). */
    public boolean training() {
        return training;
    }

    /** The origins whose pages may send requests to an embed ({@code --embed-origins}); none by default. */
    public String[] embedOrigins() {
        return embedOrigins.clone();
    }

    /** The most epochs a job may ask for (0 when not said). */
    public int maxEpochs() {
        return maxEpochs;
    }

    /** An array of strings, or none when the field is missing or not such an array. */
    @JSBody(params = { "object", "name" }, script = ""
            + "var v = object[name];"
            + "return Array.isArray(v) ? v.filter(function (s) { return typeof s === 'string'; }) : [];")
    private static native String[] strings(JSObject object, String name);
}
