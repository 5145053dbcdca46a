package org.neurite.web.playground.train;

import java.util.Arrays;

/**
 * Train and test loss per epoch, and the learning rate the epoch trained with (where the schedule had taken it),
 * for the live plot. A long run would give the plot more points than it has
 * pixels, so past {@link #CAPACITY} points every other one is dropped and from then on only every second
 * epoch is kept (then every fourth, ...): the curve keeps its shape at a fixed cost.
 */
public final class LossHistory {
    static final int CAPACITY = 600;

    private float[] epochs = new float[CAPACITY];
    private float[] trainLoss = new float[CAPACITY];
    private float[] testLoss = new float[CAPACITY];
    private float[] rate = new float[CAPACITY];
    private int count;
    private int stride = 1;
    private int version;

    /** Records the losses after {@code epoch} (the test loss may be NaN: no test set) and its learning rate. */
    public void add(int epoch, float train, float test, float learningRate) {
        if (epoch % stride != 0 && count > 0) {
            return;
        }
        if (count == CAPACITY) {
            halve();
            if (epoch % stride != 0) {
                return;
            }
        }
        epochs[count] = epoch;
        trainLoss[count] = train;
        testLoss[count] = test;
        rate[count] = learningRate;
        count++;
        version++;
    }

    private void halve() {
        int kept = 0;
        for (int i = 0; i < count; i += 2) {
            epochs[kept] = epochs[i];
            trainLoss[kept] = trainLoss[i];
            testLoss[kept] = testLoss[i];
            rate[kept] = rate[i];
            kept++;
        }
        count = kept;
        stride *= 2;
    }

    public void clear() {
        count = 0;
        stride = 1;
        version++;
    }

    public int count() {
        return count;
    }

    /** Changes with every added point or clear, so a view redraws only when there is something new. */
    public int version() {
        return version;
    }

    public float[] epochs() {
        return Arrays.copyOf(epochs, count);
    }

    public float[] trainLoss() {
        return Arrays.copyOf(trainLoss, count);
    }

    public float[] testLoss() {
        return Arrays.copyOf(testLoss, count);
    }

    /** The learning rate each recorded epoch trained with (at epoch 0: the rate the first epoch starts with). */
    public float[] learningRate() {
        return Arrays.copyOf(rate, count);
    }
}
