package org.neurite.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.neurite.engine.optim.Regularization;

/** Compares analytic gradients with central finite differences of the loss. */
final class GradientCheck {
    private static final float H = 1e-3f;

    private GradientCheck() {
    }

    /** Loss of the model on (x, t) plus the regularization penalty. */
    static double loss(Model model, float[] x, float[] t, int batch, Regularization reg) {
        float[] out = model.forward(x, batch, false);
        float[] grad = new float[out.length];
        return model.loss().compute(out, t, batch, model.outputSize(), grad) + reg.penalty(model.params());
    }

    /** Checks every parameter gradient of {@code model} (up to 60 entries per tensor). */
    static void checkModel(Model model, float[] x, float[] t, int batch, Regularization reg) {
        float[] out = model.forward(x, batch, false);
        float[] grad = new float[out.length];
        model.loss().compute(out, t, batch, model.outputSize(), grad);
        model.backward(grad, batch);
        Param[] params = model.params();
        reg.addGradients(params);
        for (Param p : params) {
            float[] analytic = p.grad().clone();
            float[] w = p.value();
            int stride = Math.max(1, w.length / 60);
            for (int i = 0; i < w.length; i += stride) {
                float saved = w[i];
                w[i] = saved + H;
                double plus = loss(model, x, t, batch, reg);
                w[i] = saved - H;
                double minus = loss(model, x, t, batch, reg);
                w[i] = saved;
                double numeric = (plus - minus) / (2 * H);
                assertClose(numeric, analytic[i], p.name() + "[" + i + "] of " + model.spec());
            }
        }
    }

    static void assertClose(double numeric, double analytic, String what) {
        double tolerance = 2e-3 + 2e-2 * Math.max(Math.abs(numeric), Math.abs(analytic));
        assertEquals(numeric, analytic, tolerance, what);
    }
}
