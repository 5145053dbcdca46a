package org.neurite.web.playground.ui;

import org.neurite.web.dom.Clipboard;
import org.neurite.web.dom.Dom;
import org.neurite.web.dom.PageUrl;
import org.neurite.web.embed.EmbedSnippet;
import org.neurite.web.embed.ShareDialog;
import org.teavm.jso.dom.html.HTMLElement;

/** Copies a link to this exact setup, or opens "Share / embed" for the {@code <iframe>} that embeds it. */
final class ShareControl {
    private final HTMLElement result = Dom.byId("pg-copy-result");

    ShareControl(PageController page) {
        Fields.on(Dom.byId("pg-copy-link"), "click", () -> copy(link(page)));
        Fields.on(Dom.byId("pg-share-embed"), "click", () -> ShareDialog.open(new ShareDialog.Source() {
            @Override
            public String title() {
                return "Neurite Playground";
            }

            @Override
            public String link() {
                return ShareControl.link(page);
            }

            @Override
            public String embedAddress() {
                return EmbedSnippet.embedAddress(PageUrl.address(), "", page.playground().state().toHash());
            }
        }));
    }

    private static String link(PageController page) {
        return PageUrl.address() + page.playground().state().toHash();
    }

    private void copy(String text) {
        Clipboard.copy(text, copied -> {
            result.setTextContent(copied ? "Link copied." : "Copying was blocked; copy this by hand: " + text);
            result.setAttribute("data-copied", text);
        });
    }
}
