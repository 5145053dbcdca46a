package org.neurite.engine.train;

import org.neurite.engine.data.Dataset;
import org.neurite.engine.loss.Loss;
import org.neurite.engine.nn.Model;

/** Loss and accuracy of a model over a whole dataset, computed in batches with reused buffers. */
public final class Evaluation {
    private final float loss;
    private final float accuracy;

    private Evaluation(float loss, float accuracy) {
        this.loss = loss;
        this.accuracy = accuracy;
    }

    public float loss() {
        return loss;
    }

    /** Accuracy in [0, 1]; NaN for regression. */
    public float accuracy() {
        return accuracy;
    }

    /** Evaluates {@code model} on every sample of {@code data}. */
    public static Evaluation of(Model model, Dataset data, int batchSize) {
        return new Evaluator(model, batchSize).evaluate(data);
    }

    /** Reusable buffers for repeated evaluations of one model. */
    static final class Evaluator {
        private final Model model;
        private final int batchSize;
        private final float[] x;
        private final float[] t;
        private final float[] grad;
        private final float[] prediction;
        private int[] order = new int[0];

        Evaluator(Model model, int batchSize) {
            this.model = model;
            this.batchSize = batchSize;
            int width = model.outputSize();
            this.x = new float[batchSize * model.inputSize()];
            this.t = new float[batchSize * width];
            this.grad = new float[batchSize * width];
            this.prediction = new float[batchSize * width];
        }

        Evaluation evaluate(Dataset data) {
            return evaluate(data, null);
        }

        /** Also copies the model's prediction for every sample into {@code predictions} when it is not null. */
        Evaluation evaluate(Dataset data, float[] predictions) {
            if (order.length != data.size()) {
                order = Dataset.identityOrder(data.size());
            }
            Loss loss = model.loss();
            int width = model.outputSize();
            double lossSum = 0;
            int correct = 0;
            for (int start = 0; start < data.size(); start += batchSize) {
                int count = Math.min(batchSize, data.size() - start);
                data.copyFeatures(order, start, count, x);
                data.copyTargets(order, start, count, t, width);
                float[] out = model.forward(x, count, false);
                lossSum += (double) loss.compute(out, t, count, width, grad) * count;
                if (data.isClassification() || predictions != null) {
                    loss.toPrediction(out, prediction, count, width);
                }
                if (data.isClassification()) {
                    correct += Loss.countCorrect(prediction, t, count, width);
                }
                if (predictions != null) {
                    System.arraycopy(prediction, 0, predictions, start * width, count * width);
                }
            }
            float accuracy = data.isClassification() ? (float) correct / data.size() : Float.NaN;
            return new Evaluation((float) (lossSum / data.size()), accuracy);
        }
    }
}
