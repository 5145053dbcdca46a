package org.neurite.engine.lessons;

/**
 * A curved "banana" valley, J(x, y) = (1 - x)^2 + 10 (y - x^2)^2, the scaled-down Rosenbrock function
 * (Rosenbrock, 1960; the usual factor is 100). Its minimum is at (1, 1) at the end of a bent, flat-bottomed
 * valley: easy to fall into, slow to follow.
 */
public final class Rosenbrock extends Objective {
    public static final String ID = "rosenbrock";
    static final double STEEPNESS = 10;

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
        double a = 1 - w[0];
        double b = w[1] - w[0] * w[0];
        return a * a + STEEPNESS * b * b;
    }

    @Override
    public void gradient(double[] w, double[] out) {
        double b = w[1] - w[0] * w[0];
        out[0] = -2 * (1 - w[0]) - 4 * STEEPNESS * w[0] * b;
        out[1] = 2 * STEEPNESS * b;
    }

    @Override
    public double[] minimum() {
        return new double[] {1, 1};
    }

    @Override
    public double[] start() {
        return new double[] {-1.5, 2.5};
    }

    @Override
    public double lower(int axis) {
        return axis == 0 ? -2 : -1;
    }

    @Override
    public double upper(int axis) {
        return axis == 0 ? 2 : 3;
    }

    @Override
    public double suggestedLearningRate(String optimizerId) {
        switch (optimizerId) {
            case "sgd": return 0.01;
            case "momentum": return 0.005;
            case "nesterov": return 0.005;
            case "rmsprop": return 0.02;
            case "adam": return 0.1;
            default: return 0.01;
        }
    }
}
