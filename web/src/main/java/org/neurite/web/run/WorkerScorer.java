package org.neurite.web.run;

import java.util.ArrayDeque;
import org.neurite.web.worker.WorkerClient;
import org.neurite.web.worker.WorkerListener;

/**
 * Scores a model file on the worker's test set: the worker loads it ({@code load-model}) and answers its
 * predictions for every test digit ({@code predict-test}). The maths stays in the worker; the page gets the
 * probabilities it builds the confusion matrix and the mistakes from. Answers come back in the order asked, so
 * each goes to the caller that asked for it.
 */
public final class WorkerScorer implements WorkerListener {
    /** Told about one scoring. */
    public interface Scored {
        void scored(float[] probabilities);

        void failed(String message);
    }

    private final WorkerClient worker;
    private final ArrayDeque<Scored> waiting = new ArrayDeque<>();
    /** A load that failed leaves its predict-test answer to be dropped: it would be the previous model's. */
    private int dropAnswers;

    public WorkerScorer(WorkerClient worker) {
        this.worker = worker;
        worker.addListener(this);
    }

    /** Makes {@code modelFile} the worker's model (stopping a run it trains) and scores it on the test set. */
    public void score(byte[] modelFile, Scored then) {
        waiting.add(then);
        worker.loadModel(modelFile);
        worker.requestTestPredictions();
    }

    @Override
    public void onTestPredictions(int epoch, float[] probabilities, int outputs) {
        if (epoch >= 0) {
            return; // a watched run's epoch: the worker's run client reports those
        }
        if (dropAnswers > 0) {
            dropAnswers--;
        } else if (!waiting.isEmpty()) {
            waiting.poll().scored(probabilities);
        }
    }

    @Override
    public void onError(String command, String message) {
        if ("load-model".equals(command) && !waiting.isEmpty()) {
            dropAnswers++;
            waiting.poll().failed(message);
        } else if ("predict-test".equals(command)) {
            if (dropAnswers > 0) {
                dropAnswers--;
            } else if (!waiting.isEmpty()) {
                waiting.poll().failed(message);
            }
        }
    }
}
