package org.neurite.engine.lessons;

/**
 * A long narrow valley, J(w1, w2) = 0.05 w1^2 + w2^2: twenty times steeper across than along. Plain
 * gradient descent zig-zags across it or crawls along it; momentum and the adaptive methods (RMSProp,
 * Adam) do better, which is what the optimizer race shows.
 */
public final class Valley extends Objective {
    public static final String ID = "valley";
    static final double ALONG = 0.05;
    static final double ACROSS = 1;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double value(double[] w) {
        return ALONG * w[0] * w[0] + ACROSS * w[1] * w[1];
    }

    @Override
    public void gradient(double[] w, double[] out) {
        out[0] = 2 * ALONG * w[0];
        out[1] = 2 * ACROSS * w[1];
    }

    @Override
    public double[] minimum() {
        return new double[] {0, 0};
    }

    @Override
    public double[] start() {
        return new double[] {-9, 3};
    }

    @Override
    public double lower(int axis) {
        return axis == 0 ? -10 : -4;
    }

    @Override
    public double upper(int axis) {
        return axis == 0 ? 10 : 4;
    }

    @Override
    public double suggestedLearningRate(String optimizerId) {
        switch (optimizerId) {
            case "sgd": return 0.9;
            case "momentum": return 0.1;
            case "nesterov": return 0.1;
            case "rmsprop": return 0.1;
            case "adam": return 0.3;
            default: return 0.1;
        }
    }
}
