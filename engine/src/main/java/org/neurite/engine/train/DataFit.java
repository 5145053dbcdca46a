package org.neurite.engine.train;

import org.neurite.engine.data.Dataset;
import org.neurite.engine.nn.Model;

/** Whether a dataset can train a model: its features fill the input, its classes or targets the output. */
final class DataFit {
    private DataFit() {
    }

    /** Throws, saying what does not match and what the model would need, unless {@code data} fits. */
    static void check(Model model, Dataset data) {
        if (data.featureCount() != model.inputSize()) {
            throw new IllegalArgumentException("the model expects " + model.inputSize() + " inputs but dataset '"
                    + data.name() + "' has " + data.featureCount() + " features per sample");
        }
        if (data.size() == 0) {
            throw new IllegalArgumentException("dataset '" + data.name() + "' has no samples");
        }
        int width = model.outputSize();
        if (data.isClassification()) {
            boolean fits = width == data.classCount() || (width == 1 && data.classCount() == 2);
            if (!fits) {
                throw new IllegalArgumentException("dataset '" + data.name() + "' has " + data.classCount()
                        + " classes, so the output layer needs " + data.classCount() + " units"
                        + (data.classCount() == 2 ? " (or 1 with a sigmoid)" : "") + ", not " + width);
            }
        } else if (width != data.targetWidth()) {
            throw new IllegalArgumentException("dataset '" + data.name() + "' has " + data.targetWidth()
                    + " target(s) per sample but the model has " + width + " outputs");
        }
    }
}
