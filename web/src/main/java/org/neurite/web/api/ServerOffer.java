package org.neurite.web.api;

import org.neurite.web.dom.SiteUrl;
import org.neurite.web.worker.Js;
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

    private ServerOffer(boolean training, int maxEpochs) {
        this.training = training;
        this.maxEpochs = maxEpochs;
    }

    public static void fetch(Answer answer) {
        Http.text("GET", SiteUrl.of(PATH), (status, body) -> {
            JSObject json = Http.isSuccess(status) ? ApiError.parseOrNull(body) : null;
            if (json == null || !Js.has(json, "training")) {
                answer.answer(null);
            } else {
                answer.answer(new ServerOffer(Js.bool(json, "training", false),
                        (int) Js.number(json, "maxEpochs", 0)));
            }
        });
    }

    /** Whether the server trains jobs (false when started with --no-server-training). */
    public boolean training() {
        return training;
    }

    /** The most epochs a job may ask for (0 when not said). */
    public int maxEpochs() {
        return maxEpochs;
    }
}
