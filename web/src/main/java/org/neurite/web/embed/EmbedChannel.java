package org.neurite.web.embed;

import org.neurite.web.api.ServerOffer;
import org.neurite.web.embed.EmbedMessages.Request;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The embed's side of the message protocol ({@link EmbedMessages}): posts events to the course page around the
 * iframe, keeps it told of the content's height, and hands the page's requests to the widget, but only those
 * from origins the instructor allowed. Outside an iframe it does nothing, so pages open it unconditionally.
 */
public final class EmbedChannel {
    /** Carries out a request; returns null, or what was wrong (sent back to the course page as an error). */
    public interface Widget {
        String handle(Request request);
    }

    private final String widget;
    private final boolean framed = framed();
    private String[] origins = new String[0];
    private int lastHeight = -1;

    private EmbedChannel(String widget) {
        this.widget = widget;
    }

    /**
     * Opens the channel for {@code widget} (e.g. "playground", "lesson-4/bce"): reads which origins may send
     * requests, then says {@code ready}, so a course page that answers {@code ready} with a request is heard.
     */
    public static EmbedChannel open(String widget, Widget handler) {
        EmbedChannel channel = new EmbedChannel(widget);
        if (channel.framed) {
            ServerOffer.fetch(offer -> {
                channel.origins = offer == null ? new String[0] : offer.embedOrigins();
                listen((origin, json) -> channel.received(origin, json, handler));
                watchHeight(channel::heightChanged);
                channel.post(EmbedMessages.ready(widget));
            });
        }
        return channel;
    }

    public String widget() {
        return widget;
    }

    /** Posts one of {@link EmbedMessages}'s texts to the course page; events are not secret, so any parent hears them. */
    public void post(String json) {
        if (framed) {
            postToParent(json);
        }
    }

    private void received(String origin, String json, Widget handler) {
        Request request;
        try {
            request = EmbedMessages.read(json);
        } catch (IllegalArgumentException e) {
            if (EmbedMessages.allowed(origin, origins)) {
                post(EmbedMessages.error(widget, e.getMessage()));
            }
            return;
        }
        if (request == null) {
            return;
        }
        if (!EmbedMessages.allowed(origin, origins)) {
            // Said in the console only: answering would tell any page what the embed accepts.
            warn("Neurite ignored '" + request.command.id() + "' from " + origin + ": the server allows "
                    + "requests only from the origins given with --embed-origins.");
            return;
        }
        String problem = handler.handle(request);
        if (problem != null) {
            post(EmbedMessages.error(widget, problem));
        }
    }

    private void heightChanged(int height) {
        if (height != lastHeight) {
            lastHeight = height;
            post(EmbedMessages.resize(widget, height));
            post(EmbedMessages.ltiFrameResize(height));
        }
    }

    @JSFunctor
    interface Receiver extends JSObject {
        void received(String origin, String json);
    }

    @JSFunctor
    interface HeightWatcher extends JSObject {
        void changed(int height);
    }

    @JSBody(params = "text", script = "console.warn(text);")
    private static native void warn(String text);

    @JSBody(script = "return window.parent !== window;")
    private static native boolean framed();

    @JSBody(params = "json", script = "window.parent.postMessage(JSON.parse(json), '*');")
    private static native void postToParent(String json);

    /** Only the parent's messages, and only plain objects: anything else is not a request. */
    @JSBody(params = "receiver", script = ""
            + "window.addEventListener('message', function (e) {"
            + "  if (e.source !== window.parent || !e.data || typeof e.data !== 'object') { return; }"
            + "  var text; try { text = JSON.stringify(e.data); } catch (notJson) { return; }"
            + "  receiver(e.origin, text);"
            + "});")
    private static native void listen(Receiver receiver);

    /** The body's height (the embed form lets it shrink to its content), each time it changes. */
    @JSBody(params = "watcher", script = ""
            + "function measure() { watcher(Math.ceil(document.body.getBoundingClientRect().height)); }"
            + "new ResizeObserver(measure).observe(document.body); measure();")
    private static native void watchHeight(HeightWatcher watcher);
}
