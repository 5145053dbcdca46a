package org.neurite.web.playground.train;

import org.neurite.engine.data.Dataset;
import org.neurite.engine.nn.Model;
import org.neurite.engine.optim.LearningRateSchedule;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.random.Rng;
import org.neurite.engine.train.TrainingRun;

/**
 * Runs every training code path once on a throwaway network (every activation, loss, optimizer and penalty),
 * before anyone presses play. The browser compiles code the first time it runs; doing that on a tiny network
 * at load time keeps the first frames of real training as short as the rest. The page's own network is not
 * touched, so a link still trains exactly as before.
 */
public final class Warmup {
    private static final String[] SPECS = {
        "input 2 | dense 3 relu | dense 3 tanh | dense 1 linear | loss binaryCrossEntropy",
        "input 2 | dense 3 sigmoid | dense 3 leakyRelu | dense 1 sigmoid | loss mse",
        "input 2 | dense 3 linear | dense 3 linear | loss softmaxCrossEntropy"};
    private static final String[] OPTIMIZERS = {"sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"};
    private static final String[] PENALTIES = {"none", "l1", "l2"};

    private Warmup() {
    }

    /** A few milliseconds of training on four points, with every setting the page offers. */
    public static void run() {
        float[] xy = {1f, 1f, -1f, -1f, 1f, -1f, -1f, 1f};
        Dataset data = Dataset.classification("warm-up", xy, new int[] {2}, new int[] {0, 1, 2, 1}, 3);
        Dataset binary = Dataset.classification("warm-up", xy, new int[] {2}, new int[] {0, 1, 0, 1}, 2);
        for (int s = 0; s < SPECS.length; s++) {
            for (int o = 0; o < OPTIMIZERS.length; o++) {
                ModelSpec spec = ModelSpec.parse(SPECS[s]);
                Model model = Model.create(spec, new Rng(o));
                TrainingSettings settings = new TrainingSettings(OPTIMIZERS[o], 0.01f, 2,
                        PENALTIES[(s + o) % PENALTIES.length], 0.001f, 0f, o, LearningRateSchedule.NONE, 0f, 1);
                Dataset set = spec.outputSize() == 3 ? data : binary;
                TrainingRun run = settings.recipe(spec).newRun(model, set, set);
                for (int step = 0; step < 4 && run.step(); step++) {
                    // two epochs of two batches: forward, backward, update, evaluation
                }
            }
        }
    }
}
