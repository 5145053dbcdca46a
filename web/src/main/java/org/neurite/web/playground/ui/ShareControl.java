package org.neurite.web.playground.ui;

import org.neurite.web.dom.Clipboard;
import org.neurite.web.dom.Dom;
import org.neurite.web.dom.PageUrl;
import org.teavm.jso.dom.html.HTMLElement;

/** Copies a link to this exact setup, or the {@code <iframe>} that embeds it without the site around it. */
final class ShareControl {
    private final HTMLElement result = Dom.byId("pg-copy-result");

    ShareControl(PageController page) {
        Fields.on(Dom.byId("pg-copy-link"), "click", () -> copy(link(page, false), "Link copied."));
        Fields.on(Dom.byId("pg-copy-embed"), "click", () -> copy(embedCode(link(page, true)),
                "Embed code copied: paste it into your course page."));
    }

    private static String link(PageController page, boolean embed) {
        return PageUrl.address() + (embed ? "?embed" : "") + page.playground().state().toHash();
    }

    static String embedCode(String link) {
        return "<iframe src=\"" + link.replace("&", "&amp;").replace("\"", "&quot;") + "\" width=\"100%\""
                + " height=\"900\" style=\"border:0\" title=\"Neurite Playground\" loading=\"lazy\"></iframe>";
    }

    private void copy(String text, String done) {
        Clipboard.copy(text, copied -> {
            result.setTextContent(copied ? done : "Copying was blocked; copy this by hand: " + text);
            result.setAttribute("data-copied", text);
        });
    }
}
