package org.neurite.engine.nn;

import org.neurite.engine.random.Rng;

/**
 * Inverted dropout: while training, each value is zeroed with probability {@code rate} and the survivors
 * are scaled by 1/(1 - rate), so nothing changes at prediction time.
 */
public final class Dropout implements Layer {
    private final int[] shape;
    private final int size;
    private final float rate;
    private final Rng rng;
    private int capacity;
    private float[] mask;
    private float[] y;
    private float[] dx;
    private boolean lastTraining;

    public Dropout(int[] shape, float rate, Rng rng) {
        this.shape = shape.clone();
        int s = 1;
        for (int d : shape) {
            s *= d;
        }
        this.size = s;
        this.rate = rate;
        this.rng = rng;
    }

    @Override
    public float[] forward(float[] x, int batch, boolean training) {
        lastTraining = training && rate > 0f;
        if (!lastTraining) {
            return x;
        }
        ensureCapacity(batch);
        float keep = 1f / (1f - rate);
        int n = batch * size;
        for (int i = 0; i < n; i++) {
            float m = rng.nextFloat() < rate ? 0f : keep;
            mask[i] = m;
            y[i] = x[i] * m;
        }
        return y;
    }

    @Override
    public float[] backward(float[] dy, int batch, boolean needInputGradient) {
        if (!needInputGradient) {
            return null;
        }
        if (!lastTraining) {
            return dy;
        }
        int n = batch * size;
        for (int i = 0; i < n; i++) {
            dx[i] = dy[i] * mask[i];
        }
        return dx;
    }

    private void ensureCapacity(int batch) {
        if (batch <= capacity) {
            return;
        }
        capacity = batch;
        mask = new float[batch * size];
        y = new float[batch * size];
        dx = new float[batch * size];
    }

    public float rate() {
        return rate;
    }

    @Override
    public int[] inputShape() {
        return shape.clone();
    }

    @Override
    public int[] outputShape() {
        return shape.clone();
    }

    @Override
    public int outputSize() {
        return size;
    }

    @Override
    public Param[] params() {
        return new Param[0];
    }

    @Override
    public String describe() {
        return "dropout " + rate;
    }
}
