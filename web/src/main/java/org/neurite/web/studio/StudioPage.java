package org.neurite.web.studio;

import static org.neurite.web.dom.PageUrl.addRootClass;
import static org.neurite.web.dom.PageUrl.hasQuery;
import static org.neurite.web.dom.PageUrl.query;

import org.neurite.web.worker.MnistFetch;
import org.neurite.web.worker.WorkerClient;

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

}
