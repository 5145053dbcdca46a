package org.neurite.engine.lessons;

import org.neurite.engine.nn.Activation;
import org.neurite.engine.nn.Init;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.train.RunState;
import org.neurite.engine.train.TrainingRun;

/**
 * Lesson 9's deep network: eight dense layers (seven hidden layers of eight neurons and the output) learning
 * the circle data, with the gradient norm of every layer tracked as it trains. The activation and the
 * initialisation are the learner's choice; sigmoid makes the first layers' gradients vanish, ReLU with He
 * initialisation keeps them flowing, large weights make them explode.
 */
public final class DeepNetwork {
    public static final int HIDDEN_LAYERS = 7;
    public static final int WIDTH = 8;
    /** Weight of the newest norms in the running average: the bars move smoothly instead of flickering. */
    static final double SMOOTHING = 0.2;

    private final PlaneProblem problem;
    private final double[] averageNorms;
    private int steps;

    public DeepNetwork(Activation activation, Init init, float learningRate, int seed) {
        this.problem = new PlaneProblem("circle", 0f, spec(activation, init), "sgd", learningRate, seed);
        this.averageNorms = new double[HIDDEN_LAYERS + 1];
    }

    /** input 2 | dense 8 act init=... (seven times) | dense 1 linear | loss binaryCrossEntropy. */
    public static ModelSpec spec(Activation activation, Init init) {
        ModelSpec.Builder builder = ModelSpec.builder(2);
        for (int i = 0; i < HIDDEN_LAYERS; i++) {
            builder.dense(WIDTH, activation, init);
        }
        return builder.dense(1, Activation.LINEAR, init).loss("binaryCrossEntropy").build();
    }

    /** Trains one batch and folds the new gradient norms into the running averages. */
    public boolean step() {
        boolean more = problem.step();
        if (problem.run().state() == RunState.DIVERGED) {
            return false;
        }
        double[] norms = GradientNorms.of(problem.model());
        for (int i = 0; i < norms.length; i++) {
            averageNorms[i] = steps == 0 ? norms[i] : (1 - SMOOTHING) * averageNorms[i] + SMOOTHING * norms[i];
        }
        steps++;
        return more;
    }

    /** The running average of layer {@code layer}'s gradient norm (0 is the first layer); 0 before a step. */
    public double averageNorm(int layer) {
        return averageNorms[layer];
    }

    public int layerCount() {
        return averageNorms.length;
    }

    /** First layer's gradient norm over the last layer's: about 1 when gradients flow, tiny when they vanish. */
    public double firstToLastRatio() {
        double last = averageNorms[averageNorms.length - 1];
        return last > 0 ? averageNorms[0] / last : 0;
    }

    public int steps() {
        return steps;
    }

    public PlaneProblem problem() {
        return problem;
    }
}
