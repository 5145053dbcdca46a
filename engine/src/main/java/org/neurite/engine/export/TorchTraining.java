package org.neurite.engine.export;

import org.neurite.engine.optim.AdaGrad;
import org.neurite.engine.optim.Adam;
import org.neurite.engine.optim.Momentum;
import org.neurite.engine.optim.RmsProp;
import org.neurite.engine.train.Recipe;

/** The lab's training settings in PyTorch's words: loss, optimizer with the same constants, schedule. */
final class TorchTraining {
    private TorchTraining() {
    }

    /** The loss module that matches the lab's loss (which takes the raw outputs, as PyTorch's do). */
    static String loss(ExportPlan plan) {
        return switch (plan.model().loss().id()) {
            case "softmaxCrossEntropy" -> "nn.CrossEntropyLoss()  # the lab's softmaxCrossEntropy: softmax and log"
                    + " fused, on the raw outputs";
            case "binaryCrossEntropy" -> "nn.BCEWithLogitsLoss()  # the lab's binaryCrossEntropy: sigmoid and log"
                    + " fused";
            case "huber" -> "nn.HuberLoss(delta=1.0)  # the lab's huber: squared near 0, linear beyond 1";
            default -> "nn.MSELoss()  # the lab's mse: mean of (y - t)^2 over every output";
        };
    }

    /**
     * The optimizer call. The lab's momentum keeps v = m v - lr g and PyTorch's v = m v + g with w -= lr v: the
     * same steps at a fixed rate. Epsilons are the lab's (1e-7), PyTorch's defaults differ.
     */
    static String optimizer(Recipe r) {
        String lr = "lr=" + r.learningRate();
        return switch (r.optimizer()) {
            case "momentum" -> "torch.optim.SGD(groups, " + lr + ", momentum=" + Momentum.DEFAULT_MOMENTUM + ")";
            case "nesterov" -> "torch.optim.SGD(groups, " + lr + ", momentum=" + Momentum.DEFAULT_MOMENTUM
                    + ", nesterov=True)";
            case "adagrad" -> "torch.optim.Adagrad(groups, " + lr + ", eps=" + AdaGrad.DEFAULT_EPSILON + ")";
            case "rmsprop" -> "torch.optim.RMSprop(groups, " + lr + ", alpha=" + RmsProp.DEFAULT_DECAY + ", eps="
                    + RmsProp.DEFAULT_EPSILON + ")";
            case "adam" -> "torch.optim.Adam(groups, " + lr + ", betas=(" + Adam.DEFAULT_BETA1 + ", "
                    + Adam.DEFAULT_BETA2 + "), eps=" + Adam.DEFAULT_EPSILON + ")";
            default -> "torch.optim.SGD(groups, " + lr + ")";
        };
    }

    /** The schedule as a LambdaLR factor of the epoch count. */
    static String schedule(Recipe r) {
        return r.schedule().python(r.decay(), r.period());
    }
}
