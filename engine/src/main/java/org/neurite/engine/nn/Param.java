package org.neurite.engine.nn;

/** A trainable tensor and its gradient, as the optimizers and the model file see it. */
public final class Param {
    private final String name;
    private final int[] shape;
    private final float[] value;
    private final float[] grad;
    private final boolean regularized;

    /**
     * @param regularized whether L1/L2 penalties apply (weights yes, biases no)
     */
    public Param(String name, int[] shape, boolean regularized) {
        int size = 1;
        for (int d : shape) {
            size *= d;
        }
        this.name = name;
        this.shape = shape.clone();
        this.value = new float[size];
        this.grad = new float[size];
        this.regularized = regularized;
    }

    public String name() {
        return name;
    }

    public int[] shape() {
        return shape.clone();
    }

    public int size() {
        return value.length;
    }

    /** The live values: the optimizer updates them in place. */
    public float[] value() {
        return value;
    }

    /** The live gradient of the last backward pass. */
    public float[] grad() {
        return grad;
    }

    public boolean isRegularized() {
        return regularized;
    }
}
