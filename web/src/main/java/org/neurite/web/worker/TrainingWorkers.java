package org.neurite.web.worker;

import org.teavm.jso.JSBody;

/** How many workers a browser run trains on: the training worker and the helpers it starts. */
public final class TrainingWorkers {
    /** Most workers of one run: beyond eight, the per-batch messages eat what another core adds. */
    public static final int MAX = 8;

    private TrainingWorkers() {
    }

    /**
     * The browser's logical cores less one (the page's own thread), from 1 to {@link #MAX}. An embed in a page
     * that is not cross-origin isolated trains on one worker: it shares the student's machine with the course
     * page around it.
     */
    public static int defaultCount(int hardwareConcurrency, boolean embedded, boolean crossOriginIsolated) {
        if (embedded && !crossOriginIsolated) {
            return 1;
        }
        return Math.max(1, Math.min(MAX, hardwareConcurrency - 1));
    }

    /**
     * The workers a run trains on when the person chose {@code chosen} (0: no choice, the default): an embed that
     * is not cross-origin isolated always takes one, whatever its link asks.
     */
    public static int count(int chosen, int hardwareConcurrency, boolean embedded, boolean crossOriginIsolated) {
        if (embedded && !crossOriginIsolated) {
            return 1;
        }
        return chosen >= 1 ? Math.min(chosen, MAX) : defaultCount(hardwareConcurrency, embedded, crossOriginIsolated);
    }

    /** {@link #defaultCount} for this browser and page. */
    public static int forThisPage(boolean embedded) {
        return defaultCount(hardwareConcurrency(), embedded, crossOriginIsolated());
    }

    /** {@link #count} for this browser and page. */
    public static int forThisPage(int chosen, boolean embedded) {
        return count(chosen, hardwareConcurrency(), embedded, crossOriginIsolated());
    }

    @JSBody(script = "return (self.navigator && self.navigator.hardwareConcurrency) || 1;")
    private static native int hardwareConcurrency();

    @JSBody(script = "return self.crossOriginIsolated === true;")
    private static native boolean crossOriginIsolated();
}
