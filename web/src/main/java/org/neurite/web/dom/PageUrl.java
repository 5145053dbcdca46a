package org.neurite.web.dom;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** The page's address: the hash that carries a page's state, the query's flags ({@code ?embed}). */
public final class PageUrl {
    private PageUrl() {
    }

    /** The hash with its leading {@code #}, or "". */
    @JSBody(script = "return window.location.hash;")
    public static native String hash();

    /** Replaces the hash without adding a history entry or firing {@code hashchange}. */
    @JSBody(params = "hash", script = ""
            + "history.replaceState(history.state, '', location.pathname + location.search + hash);")
    public static native void replaceHash(String hash);

    /** Whether the query has {@code name} ({@code ?embed} or {@code ?embed=1}). */
    @JSBody(params = "name", script = "return new URLSearchParams(location.search).has(name);")
    public static native boolean hasQuery(String name);

    /** The query's value for {@code name}, or "" when it has none. */
    @JSBody(params = "name", script = "return new URLSearchParams(location.search).get(name) || '';")
    public static native String query(String name);

    /** The address without query and hash, e.g. {@code https://host/playground.html}. */
    @JSBody(script = "return location.origin + location.pathname;")
    public static native String address();

    /** Calls {@code listener} when someone changes the hash (a pasted link, the back button). */
    public static void onHashChange(Listener listener) {
        listenHashChange(listener);
    }

    /** Marks the page as embedded: {@code <html class="embed">}, which the CSS uses to hide the site's chrome. */
    @JSBody(params = "name", script = "document.documentElement.classList.add(name);")
    public static native void addRootClass(String name);

    /** Called on a hash change. */
    @JSFunctor
    public interface Listener extends JSObject {
        void changed();
    }

    @JSBody(params = "listener", script = "window.addEventListener('hashchange', function () { listener(); });")
    private static native void listenHashChange(Listener listener);
}
