package org.neurite.web.embed;

import org.neurite.web.dom.Clipboard;
import org.neurite.web.dom.Dom;
import org.neurite.web.dom.Elements;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * "Share / embed": one dialog for every page and widget. It shows the link to what is on screen, the
 * {@code <iframe>} snippet for it at a size the instructor picks, and a live preview of that embed. Built on
 * first use and kept: {@link #open} fills it for whichever page or widget asked.
 */
public final class ShareDialog {
    /** What to share: asked again each time the dialog opens, so it is always the state on screen. */
    public interface Source {
        /** What the embed is, for its title attribute ("Neurite Playground"). */
        String title();

        /** The link to the full page in this state. */
        String link();

        /** The address of the embed form in this state ({@link EmbedSnippet#embedAddress}). */
        String embedAddress();
    }

    private static ShareDialog instance;

    private final HTMLElement dialog = Elements.of("dialog", "share-dialog", "");
    private final HTMLElement heading = Elements.of("h2", "", "");
    private final HTMLElement link = input("share-link", "Link to this page as it is now");
    private final HTMLElement size = Elements.of("select", "", "");
    private final HTMLElement width = input("share-width", "Width (pixels, or a percentage)");
    private final HTMLElement height = input("share-height", "Height (pixels)");
    private final HTMLElement code = Elements.of("textarea", "share-code", "");
    private final HTMLElement status = Elements.of("p", "share-status", "");
    private final HTMLElement preview = Elements.of("div", "share-preview", "");
    private Source source;

    private ShareDialog() {
        dialog.setAttribute("aria-labelledby", "share-title");
        heading.setAttribute("id", "share-title");
        code.setAttribute("id", "share-code");
        code.setAttribute("readonly", "");
        code.setAttribute("rows", "4");
        code.setAttribute("aria-label", "Embed code");
        status.setAttribute("role", "status");
        status.setAttribute("id", "share-status");
        size.setAttribute("id", "share-size");
        size.setAttribute("aria-label", "Embed size");
        for (String[] option : EmbedSnippet.SIZES) {
            HTMLElement choice = Elements.of("option", "", option[2]);
            choice.setAttribute("value", option[0] + "x" + option[1]);
            size.appendChild(choice);
        }
        size.appendChild(option("custom", "Custom size"));
        link.setAttribute("readonly", "");
        HTMLElement close = Elements.button("button secondary share-close", "Close", null);
        HTMLElement copyLink = Elements.button("button", "Copy link", null);
        HTMLElement copyCode = Elements.button("button", "Copy embed code", null);
        HTMLElement showPreview = Elements.button("button secondary", "Preview", null);
        copyLink.setAttribute("id", "share-copy-link");
        copyCode.setAttribute("id", "share-copy-code");
        showPreview.setAttribute("id", "share-preview-button");
        dialog.appendChild(heading);
        dialog.appendChild(row(labelled("Link", link), copyLink));
        dialog.appendChild(row(labelled("Embed size", size), labelled("Width", width), labelled("Height", height)));
        dialog.appendChild(labelled("Embed code for a course page", code));
        dialog.appendChild(row(copyCode, showPreview, close));
        dialog.appendChild(status);
        dialog.appendChild(preview);
        HTMLDocument.current().getBody().appendChild(dialog);
        size.addEventListener("change", e -> sizePicked());
        width.addEventListener("input", e -> sizeTyped());
        height.addEventListener("input", e -> sizeTyped());
        copyLink.onClick(e -> copy(Elements.value(link), "Link copied."));
        copyCode.onClick(e -> copy(Elements.value(code), "Embed code copied: paste it into your course page's HTML."));
        showPreview.onClick(e -> showPreview());
        close.onClick(e -> close(dialog));
    }

    /** Opens the dialog for {@code source} (built the first time). */
    public static void open(Source source) {
        if (instance == null) {
            instance = new ShareDialog();
        }
        instance.show(source);
    }

    private void show(Source shown) {
        source = shown;
        heading.setTextContent("Share or embed: " + shown.title());
        Elements.setValue(link, shown.link());
        Elements.clear(preview);
        status.setTextContent("");
        sizePicked();
        showModal(dialog);
    }

    private void sizePicked() {
        String picked = Elements.value(size);
        if (!"custom".equals(picked)) {
            String[] wh = picked.split("x");
            Elements.setValue(width, wh[0]);
            Elements.setValue(height, wh[1]);
        }
        update();
    }

    private void sizeTyped() {
        Elements.setValue(size, "custom");
        update();
    }

    /** The code for the size typed; a size out of range says so and leaves no code to copy. */
    private String update() {
        String problem = EmbedSnippet.widthProblem(Elements.value(width));
        if (problem == null) {
            problem = EmbedSnippet.heightProblem(Elements.value(height));
        }
        Elements.toggleClass(dialog, "share-invalid", problem != null);
        if (problem != null) {
            Elements.setValue(code, "");
            status.setTextContent("Embed size: " + problem + ".");
            return null;
        }
        String snippet = EmbedSnippet.iframe(source.embedAddress(), source.title(), Elements.value(width),
                Elements.value(height));
        Elements.setValue(code, snippet);
        status.setTextContent("");
        return snippet;
    }

    /** The embed as a course page will show it, at the chosen size (narrowed to the dialog when wider). */
    private void showPreview() {
        String snippet = update();
        if (snippet != null) {
            Elements.clear(preview);
            HTMLElement frame = Elements.of("iframe", "", "");
            frame.setAttribute("src", source.embedAddress());
            frame.setAttribute("title", source.title());
            frame.setAttribute("width", Elements.value(width).trim());
            frame.setAttribute("height", Elements.value(height).trim());
            preview.appendChild(frame);
        }
    }

    private void copy(String text, String done) {
        if (text.isEmpty()) {
            return;
        }
        Clipboard.copy(text, copied -> status.setTextContent(copied ? done
                : "Copying was blocked by the browser: select the text above and copy it by hand."));
    }

    private static HTMLElement input(String id, String label) {
        HTMLElement input = Elements.of("input", "", "");
        input.setAttribute("id", id);
        input.setAttribute("aria-label", label);
        input.setAttribute("spellcheck", "false");
        return input;
    }

    private static HTMLElement option(String value, String text) {
        HTMLElement option = Elements.of("option", "", text);
        option.setAttribute("value", value);
        return option;
    }

    private static HTMLElement labelled(String text, HTMLElement field) {
        HTMLElement label = Elements.of("label", "share-field", "");
        label.appendChild(Dom.element("span", text));
        label.appendChild(field);
        return label;
    }

    private static HTMLElement row(HTMLElement... children) {
        HTMLElement row = Elements.of("div", "share-row", "");
        for (HTMLElement child : children) {
            row.appendChild(child);
        }
        return row;
    }

    @JSBody(params = "dialog", script = "if (!dialog.open) { dialog.showModal(); }")
    private static native void showModal(HTMLElement dialog);

    @JSBody(params = "dialog", script = "dialog.close();")
    private static native void close(HTMLElement dialog);
}
