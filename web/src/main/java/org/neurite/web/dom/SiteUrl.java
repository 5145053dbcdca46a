package org.neurite.web.dom;

import org.teavm.jso.JSBody;

/**
 * URLs of the site's own files and API, relative to the site's root rather than to the host's, so the site works
 * under any path (a server's {@code --base-path}, a folder of a static host). The root is the folder above the
 * bundle, which {@code bundle/loader.js} records as {@code <html data-bundle>}; in a worker it is the folder above
 * the worker's script.
 */
public final class SiteUrl {
    private SiteUrl() {
    }

    /** The absolute URL of {@code path} ("api/server", "mnist.html#spec=..."); an absolute URL stays as it is. */
    @JSBody(params = "path", script = ""
            + "var root;"
            + "if (typeof document === 'undefined') {"
            + "  root = new URL('../', self.location.href);"
            + "} else {"
            + "  var bundle = document.documentElement.dataset.bundle;"
            + "  root = bundle ? new URL('../', bundle) : new URL('./', document.baseURI);"
            + "}"
            + "return new URL(path, root).href;")
    public static native String of(String path);
}
