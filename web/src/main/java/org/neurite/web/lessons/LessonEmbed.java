package org.neurite.web.lessons;

import org.neurite.web.dom.Dom;
import org.neurite.web.dom.PageUrl;
import org.neurite.web.embed.EmbedChannel;
import org.neurite.web.embed.EmbedMessages;
import org.neurite.web.embed.EmbedMessages.Request;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A lesson, or one of its widgets ({@code ?embed&widget=bce}), inside a course page. The widget's section is
 * all that shows (with the lesson's exercise when the widget owns it); the course page may press its buttons
 * by name: {@code train} its Play, Train or Run button, {@code pause} a playing one, {@code reset} its own
 * reset button, or the page afresh when it has none.
 */
final class LessonEmbed {
    private final String lesson;
    private final String widgetId;
    private final EmbedChannel channel;

    private LessonEmbed(String lesson, String widgetId) {
        this.lesson = lesson;
        this.widgetId = widgetId;
        String name = "lesson-" + lesson + (widgetId.isEmpty() ? "" : "/" + widgetId);
        this.channel = EmbedChannel.open(name, this::handle);
    }

    /** The page's embed form, or null on the full page (whose exercise then tells no one). */
    static LessonEmbed start(String lesson) {
        if (!PageUrl.hasQuery("embed")) {
            return null;
        }
        PageUrl.addRootClass("embed");
        String widget = PageUrl.query("widget");
        HTMLElement element = widget.isEmpty() ? null : Dom.byIdOrNull(widget);
        if (element != null && isWidget(element)) {
            PageUrl.addRootClass("embed-widget");
            show(element);
        } else if (!widget.isEmpty()) {
            notice("This lesson has no widget called '" + widget + "'; its widgets are " + widgetIds()
                    + ". The whole lesson is shown.");
            widget = "";
        }
        return new LessonEmbed(lesson, widget);
    }

    /** The exercise owned by {@code owner} passed: the course page may count it. */
    void exercisePassed(String owner) {
        if (widgetId.isEmpty() || widgetId.equals(owner)) {
            channel.post(EmbedMessages.exercisePassed(channel.widget(), lesson, owner));
        }
    }

    /** Whether {@code owner}'s exercise is part of what this embed shows. */
    boolean shows(String owner) {
        return widgetId.isEmpty() || widgetId.equals(owner);
    }

    private String handle(Request request) {
        String scope = widgetId.isEmpty() ? "" : "#" + widgetId + " ";
        switch (request.command) {
            case RESET:
                if (widgetId.isEmpty() || !press(scope, "reset,restart", false)) {
                    reload();
                }
                return null;
            case TRAIN:
                if (widgetId.isEmpty()) {
                    return "a whole lesson has several widgets: embed one with &widget= to train it";
                }
                return press(scope, "play,train,run", false) || playing(scope) ? null
                        : "the widget '" + widgetId + "' has nothing to train: it changes as its fields are edited";
            case PAUSE:
                press(scope, "play", true);
                return null;
            default:
                return "a lesson has no settings in its link: send neurite:reset to start it again";
        }
    }

    /**
     * Presses the first enabled button in {@code scope} whose id ends in one of {@code endings} ("play,train"),
     * if it is in the state asked: a button that says Pause only when {@code wantPause}, any other only when not.
     */
    @JSBody(params = { "scope", "endings", "wantPause" }, script = ""
            + "var ends = endings.split(',');"
            + "for (var i = 0; i < ends.length; i++) {"
            + "  var b = document.querySelector(scope + 'button[id$=-' + ends[i] + ']');"
            + "  if (!b || b.disabled || (b.textContent.trim() === 'Pause') !== wantPause) { continue; }"
            + "  b.click(); return true;"
            + "}"
            + "return false;")
    private static native boolean press(String scope, String endings, boolean wantPause);

    @JSBody(params = "scope", script = ""
            + "var buttons = document.querySelectorAll(scope + 'button');"
            + "for (var i = 0; i < buttons.length; i++) { if (buttons[i].textContent.trim() === 'Pause') { return true; } }"
            + "return false;")
    private static native boolean playing(String scope);

    @JSBody(params = "element", script = "return element.classList.contains('widget');")
    private static native boolean isWidget(HTMLElement element);

    /** Marks the section around {@code element} as one the embed shows (the CSS hides the others). */
    @JSBody(params = "element", script = ""
            + "(element.closest('section') || element).setAttribute('data-embedded', '');")
    static native void show(HTMLElement element);

    @JSBody(script = ""
            + "return Array.prototype.map.call(document.querySelectorAll('.widget[id]'), function (w) {"
            + "  return w.id; }).join(', ');")
    private static native String widgetIds();

    @JSBody(params = "text", script = ""
            + "var p = document.createElement('p'); p.className = 'notice'; p.setAttribute('role', 'alert');"
            + "p.textContent = text; var main = document.getElementById('main'); main.insertBefore(p, main.firstChild);")
    private static native void notice(String text);

    /** Starts the page again from its defaults: same query (embed, widget), no hash. */
    @JSBody(script = "location.replace(location.pathname + location.search);")
    private static native void reload();
}
