package org.neurite.web.studio;

import org.neurite.web.worker.MnistFetch;
import org.neurite.web.worker.WorkerClient;
import org.teavm.jso.JSBody;

/**
 * The MNIST Studio page (mnist.html, bundle entry {@code studio}). {@code ?embed} hides the site's chrome;
 * {@code ?data=<base URL>} downloads MNIST from elsewhere than the server's {@code /data/mnist/}; the setup lives in
 * the URL hash.
 */
public final class StudioPage {
    private StudioPage() {
    }

    public static void main(String[] args) {
        if (hasQuery("embed")) {
            addRootClass("embed");
        }
        String base = query("data");
        new Studio(WorkerClient.start()).start(base.isEmpty() ? MnistFetch.DEFAULT_BASE
                : base.endsWith("/") ? base : base + "/");
    }

    @JSBody(params = "name", script = "return new URLSearchParams(location.search).has(name);")
    private static native boolean hasQuery(String name);

    @JSBody(params = "name", script = "return new URLSearchParams(location.search).get(name) || '';")
    private static native String query(String name);

    @JSBody(params = "name", script = "document.documentElement.classList.add(name);")
    private static native void addRootClass(String name);
}
