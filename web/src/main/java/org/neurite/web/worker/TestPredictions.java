package org.neurite.web.worker;

import org.neurite.engine.data.Dataset;
import org.neurite.engine.nn.Model;
import org.neurite.engine.train.TrainingEvent;
import org.neurite.engine.train.TrainingRun;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Float32Array;

/**
 * The model's probabilities for every test sample, sent to the page as one {@code test-predictions} message
 * (10,000 x 10 floats for MNIST, 400 KB, transferred): enough for the page to build a confusion matrix, show the
 * digits behind any cell and the surest mistakes, without 31 MB of test pixels crossing back and forth.
 * Sent on request ({@code predict-test}) and, once the page asked with {@code watch-test}, at the end of every
 * epoch, right after the epoch's metrics event: the very predictions that event's test scoring made, kept by the
 * run, so the test set is gone through once per epoch.
 */
final class TestPredictions {
    private static final int BATCH = 256;

    private boolean everyEpoch;

    /** Whether runs started from now on report their test predictions after each epoch. */
    void watch(boolean on) {
        everyEpoch = on;
    }

    /** Reports after each epoch of {@code run} when watching (the test set may be null: then nothing to report). */
    void attach(TrainingRun run, Dataset test) {
        if (test == null || !everyEpoch) {
            return;
        }
        run.keepTestPredictions();
        run.addListener(event -> {
            if (event.type() == TrainingEvent.Type.EPOCH) {
                post(run.lastTestPredictions(), test.size(), run.model().outputSize(), event.epoch());
            }
        });
    }

    /** Posts the predictions of {@code model} for every sample of {@code test}; {@code epoch} -1 when not in a run. */
    static void post(Model model, Dataset test, int epoch) {
        int outputs = model.outputSize();
        int n = test.size();
        float[] all = new float[n * outputs];
        float[] x = new float[BATCH * model.inputSize()];
        int[] order = Dataset.identityOrder(n);
        for (int start = 0; start < n; start += BATCH) {
            int count = Math.min(BATCH, n - start);
            test.copyFeatures(order, start, count, x);
            System.arraycopy(model.predict(x, count), 0, all, start * outputs, count * outputs);
        }
        post(all, n, outputs, epoch);
    }

    private static void post(float[] all, int n, int outputs, int epoch) {
        Float32Array array = Float32Array.copyFromJavaArray(all);
        JSObject message = Js.message(Protocol.TEST_PREDICTIONS);
        Js.putNumber(message, "epoch", epoch);
        Js.putNumber(message, "count", n);
        Js.putNumber(message, "outputs", outputs);
        Js.putObject(message, "probabilities", array);
        WorkerScope.postTransferring(message, array.getBuffer());
    }
}
