package org.neurite.web.studio;

import org.neurite.web.dom.Dom;
import org.neurite.web.dom.PageUrl;
import org.neurite.web.embed.EmbedSnippet;
import org.neurite.web.embed.ShareDialog;

/** "Share / embed": the link to this setup and the {@code <iframe>} that embeds it in a course page. */
final class EmbedCode {
    private EmbedCode() {
    }

    static void wire() {
        Dom.byId("st-embed").onClick(e -> ShareDialog.open(new ShareDialog.Source() {
            @Override
            public String title() {
                return "Neurite MNIST Studio";
            }

            @Override
            public String link() {
                return PageUrl.address() + PageUrl.hash();
            }

            @Override
            public String embedAddress() {
                return EmbedSnippet.embedAddress(PageUrl.address(), "", PageUrl.hash());
            }
        }));
    }
}
