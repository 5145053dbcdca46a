package org.neurite.web.api;

import java.util.ArrayList;
import java.util.List;
import org.neurite.web.dom.SiteUrl;
import org.neurite.web.worker.Js;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * What the server behind the page offers ({@code GET /api/server}): whether it trains jobs, its limits, and whose
 * messages embeds accept. A static export ships a file in its place that says {@code "server": false}; a page with
 * neither gets null, and both hide what needs a server rather than offer broken buttons. Asked once a page.
 */
public final class ServerOffer {
    static final String PATH = "api/server";

    /** Gets the offer, or null when there is none to read (no server, an unreadable answer). */
    public interface Answer {
        void answer(ServerOffer offer);
    }

    private static final List<Answer> WAITING = new ArrayList<>();
    private static boolean asked;
    private static boolean answered;
    private static ServerOffer known;

    private final boolean server;
    private final boolean training;
    private final int maxEpochs;
    private final String[] embedOrigins;

    private ServerOffer(boolean server, boolean training, int maxEpochs, String[] embedOrigins) {
        this.server = server;
        this.training = training;
        this.maxEpochs = maxEpochs;
        this.embedOrigins = embedOrigins;
    }

    /** Calls {@code answer} with the offer: the page asks the server once, whoever wants to know. */
    public static void fetch(Answer answer) {
        if (answered) {
            answer.answer(known);
            return;
        }
        WAITING.add(answer);
        if (asked) {
            return;
        }
        asked = true;
        Http.text("GET", SiteUrl.of(PATH), (status, body) -> {
            JSObject json = Http.isSuccess(status) ? ApiError.parseOrNull(body) : null;
            known = json == null ? null : new ServerOffer(Js.bool(json, "server", true) && Js.has(json, "training"),
                    Js.bool(json, "training", false), (int) Js.number(json, "maxEpochs", 0),
                    strings(json, "embedOrigins"));
            answered = true;
            for (Answer waiting : WAITING) {
                waiting.answer(known);
            }
            WAITING.clear();
        });
    }

    /** Whether a server answers the API (false for a static export). */
    public boolean server() {
        return server;
    }

    /** Whether the server trains jobs (false when started with --no-server-training, or without a server). */
    public boolean training() {
        return server && training;
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
