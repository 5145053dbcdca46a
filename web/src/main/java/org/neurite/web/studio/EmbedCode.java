package org.neurite.web.studio;

import org.neurite.web.dom.Clipboard;
import org.neurite.web.dom.Dom;
import org.neurite.web.dom.PageUrl;

/** "Copy embed code": an {@code <iframe>} of this setup without the site's chrome ({@code ?embed}), for a course page. */
final class EmbedCode {
    private EmbedCode() {
    }

    static void wire(FilesPanel files) {
        Dom.byId("st-embed").onClick(e -> {
            String code = "<iframe src=\"" + PageUrl.address() + "?embed" + PageUrl.hash() + "\" title=\"MNIST Studio\" "
                    + "width=\"100%\" height=\"1400\" style=\"border:0\" loading=\"lazy\"></iframe>";
            Clipboard.copy(code, ok -> files.status(ok ? "ok" : "error", ok ? "Embed code copied: " + code
                    : "Copying was refused by the browser; here is the code to copy by hand: " + code));
        });
    }
}
