package org.neurite.engine.check;

import org.neurite.engine.data.Dataset;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.optim.Adam;
import org.neurite.engine.random.Rng;
import org.neurite.engine.train.Recipe;
import org.neurite.engine.train.TrainingRun;

/**
 * The canonical same-seed run: a small network trained for a few hundred steps on generated data. The
 * JVM and the browser run exactly this code; equal digests prove bit-identical weights.
 */
public final class Reproducibility {
    public static final int STEPS = 400;
    public static final String SPEC =
            "input 2 | dense 8 tanh | dense 8 relu | dense 6 sigmoid | dense 1 linear | loss binaryCrossEntropy";

    private Reproducibility() {
    }

    /** Trains the canonical model and returns it. */
    public static Model train() {
        Rng rng = new Rng(2024);
        int n = 96;
        float[] features = new float[n * 2];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            float a = rng.uniform(-1f, 1f);
            float b = rng.uniform(-1f, 1f);
            features[2 * i] = a;
            features[2 * i + 1] = b;
            labels[i] = a * b + 0.1f * rng.nextGaussian() > 0f ? 1 : 0;
        }
        Dataset data = Dataset.classification("reproducibility", features, new int[] {2}, labels, 2);
        Model model = Model.create(ModelSpec.parse(SPEC), new Rng(7));
        TrainingRun run = new TrainingRun(model, new Adam(0.02f), Recipe.of(model.spec()).withEpochs(1000).withBatchSize(16).withSeed(11), data, null);
        for (int i = 0; i < STEPS && run.step(); i++) {
            // one batch per iteration
        }
        return model;
    }

    /** The hex digest of the canonical run's weight bits. */
    public static String run() {
        return train().weightDigest();
    }
}
