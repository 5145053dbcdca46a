package org.neurite.web.lessons;

import org.neurite.web.dom.Elements;
import org.neurite.web.dom.PageUrl;
import org.neurite.web.embed.EmbedSnippet;
import org.neurite.web.embed.ShareDialog;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/** "Share / embed" under the lesson's title and at the foot of every widget: the lesson, or one widget alone. */
final class LessonShare {
    private LessonShare() {
    }

    static void add() {
        HTMLElement[] widgets = widgets();
        for (HTMLElement widget : widgets) {
            String id = widget.getAttribute("id");
            HTMLElement button = Elements.button("button secondary widget-share", "Share / embed this widget", null);
            button.setAttribute("aria-haspopup", "dialog");
            button.setAttribute("data-share", id);
            button.onClick(e -> ShareDialog.open(source("Neurite: " + heading(widget), "widget=" + id)));
            widget.appendChild(button);
        }
        HTMLElement header = header();
        if (header != null) {
            HTMLElement button = Elements.button("button secondary lesson-share", "Share / embed this lesson", null);
            button.setAttribute("aria-haspopup", "dialog");
            button.setAttribute("data-share", "lesson");
            button.onClick(e -> ShareDialog.open(source("Neurite lesson: " + title(), "")));
            header.appendChild(button);
        }
    }

    private static ShareDialog.Source source(String title, String query) {
        return new ShareDialog.Source() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public String link() {
                return PageUrl.address() + (query.isEmpty() ? "" : "#" + query.substring("widget=".length()));
            }

            @Override
            public String embedAddress() {
                return EmbedSnippet.embedAddress(PageUrl.address(), query, "");
            }
        };
    }

    @JSBody(script = "return Array.prototype.slice.call(document.querySelectorAll('.widget[id]'));")
    private static native HTMLElement[] widgets();

    @JSBody(script = "return document.querySelector('.lesson-header');")
    private static native HTMLElement header();

    @JSBody(script = "var h = document.getElementById('page-title'); return h ? h.textContent.trim() : document.title;")
    private static native String title();

    /** The heading of the section the widget sits in ("Mean squared error, for numbers"). */
    @JSBody(params = "widget", script = ""
            + "var section = widget.closest('section'); var h = section && section.querySelector('h2, h3');"
            + "return h ? h.textContent.trim() : widget.id;")
    private static native String heading(HTMLElement widget);
}
