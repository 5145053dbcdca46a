package org.neurite.web.worker;

import org.neurite.engine.train.Recipe;
import org.neurite.engine.train.Shards;
import org.teavm.jso.JSBody;

/** How many workers a browser run trains on: the training worker and the helpers it starts. */
public final class TrainingWorkers {
    /** Most workers of one run: beyond eight, the per-batch messages eat what another core adds. */
    public static final int MAX = 8;

    private TrainingWorkers() {
    }

    /**
     * The browser's logical cores less one (the page's own thread), from 1 to {@link #MAX}, for a model whose
     * batches are {@linkplain Shards#worthSplitting worth splitting}; one for the others (a dense net's shards
     * cost more in messages than they save). An embed in a page that is not cross-origin isolated trains on one
     * worker: it shares the student's machine with the course page around it.
     */
    public static int defaultCount(int hardwareConcurrency, boolean embedded, boolean crossOriginIsolated,
                                   boolean worthSplitting) {
        if (embedded && !crossOriginIsolated || !worthSplitting) {
            return 1;
        }
        return Math.max(1, Math.min(MAX, hardwareConcurrency - 1));
    }

    /**
     * The workers a run trains on when the person chose {@code chosen} (0: no choice, the default): an embed that
     * is not cross-origin isolated always takes one, whatever its link asks.
     */
    public static int count(int chosen, int hardwareConcurrency, boolean embedded, boolean crossOriginIsolated,
                            boolean worthSplitting) {
        if (embedded && !crossOriginIsolated) {
            return 1;
        }
        return chosen >= 1 ? Math.min(chosen, MAX)
                : defaultCount(hardwareConcurrency, embedded, crossOriginIsolated, worthSplitting);
    }

    /** {@link #count} of {@code recipe} for this browser and page. */
    public static int forThisPage(int chosen, boolean embedded, Recipe recipe) {
        return count(chosen, hardwareConcurrency(), embedded, crossOriginIsolated(), Shards.worthSplitting(recipe));
    }

    @JSBody(script = "return (self.navigator && self.navigator.hardwareConcurrency) || 1;")
    private static native int hardwareConcurrency();

    @JSBody(script = "return self.crossOriginIsolated === true;")
    private static native boolean crossOriginIsolated();
}
