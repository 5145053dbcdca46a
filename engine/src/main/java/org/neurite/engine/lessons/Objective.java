package org.neurite.engine.lessons;

/**
 * A loss as a function of one or two weights, with its gradient, for lesson 5's descent pictures: a 1-D
 * curve or a 2-D surface, a box to draw it in, a starting point and where the minimum is.
 */
public abstract class Objective {
    /** The ids {@link #byId} knows. */
    public static final String[] IDS = {Parabola.ID, Valley.ID, Rosenbrock.ID};

    /** The short name used in the page's controls, e.g. "valley". */
    public abstract String id();

    /** 1 for a curve, 2 for a surface. */
    public abstract int dimension();

    /** J(w). */
    public abstract double value(double[] w);

    /** Writes dJ/dw into {@code out}. */
    public abstract void gradient(double[] w, double[] out);

    /** Where J is smallest. */
    public abstract double[] minimum();

    /** Where the lessons start descending from. */
    public abstract double[] start();

    /** The smallest value of weight {@code axis} the picture shows. */
    public abstract double lower(int axis);

    /** The largest value of weight {@code axis} the picture shows. */
    public abstract double upper(int axis);

    /**
     * A learning rate that makes {@code optimizerId} (sgd, momentum, rmsprop, adam...) get to the minimum
     * in a few dozen steps on this objective: the optimizer race's starting setting.
     */
    public abstract double suggestedLearningRate(String optimizerId);

    /**
     * For a surface: J at the centres of a {@code columns} x {@code rows} grid over the box, row-major, row 0
     * at the top (largest second weight), as an image is drawn.
     */
    public void sampleGrid(int columns, int rows, double[] out) {
        if (dimension() != 2) {
            throw new IllegalStateException(id() + " is a curve; only a surface can be sampled on a grid");
        }
        double[] w = new double[2];
        for (int r = 0; r < rows; r++) {
            w[1] = upper(1) - (upper(1) - lower(1)) * (r + 0.5) / rows;
            for (int c = 0; c < columns; c++) {
                w[0] = lower(0) + (upper(0) - lower(0)) * (c + 0.5) / columns;
                out[r * columns + c] = value(w);
            }
        }
    }

    /** The objective called {@code id}; the error lists the allowed names. */
    public static Objective byId(String id) {
        switch (id) {
            case Parabola.ID: return new Parabola();
            case Valley.ID: return new Valley();
            case Rosenbrock.ID: return new Rosenbrock();
            default:
                throw new IllegalArgumentException("unknown loss surface '" + id + "' (allowed: "
                        + String.join(", ", IDS) + ")");
        }
    }
}
