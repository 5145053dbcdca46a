package org.neurite.engine.lessons;

/**
 * The 1-D loss J(w) = (w - 2)^2 + 1, with dJ/dw = 2(w - 2). One gradient step multiplies the distance to
 * the minimum by (1 - 2 eta): learning rates below 0.5 creep towards it, 0.5 lands in one step, between 0.5
 * and 1 it overshoots back and forth but settles, at 1 it bounces forever and above 1 it diverges.
 */
public final class Parabola extends Objective {
    public static final String ID = "parabola";
    static final double MINIMUM = 2;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int dimension() {
        return 1;
    }

    @Override
    public double value(double[] w) {
        double d = w[0] - MINIMUM;
        return d * d + 1;
    }

    @Override
    public void gradient(double[] w, double[] out) {
        out[0] = 2 * (w[0] - MINIMUM);
    }

    @Override
    public double[] minimum() {
        return new double[] {MINIMUM};
    }

    @Override
    public double[] start() {
        return new double[] {-3};
    }

    @Override
    public double lower(int axis) {
        return -4;
    }

    @Override
    public double upper(int axis) {
        return 8;
    }

    @Override
    public double suggestedLearningRate(String optimizerId) {
        return "sgd".equals(optimizerId) ? 0.1 : 0.3;
    }
}
