package org.neurite.engine.nn;

/** Turns [C x H x W] samples into vectors. The data is already stored flat, so nothing moves. */
public final class Flatten implements Layer {
    private final int[] inputShape;
    private final int size;

    public Flatten(int[] inputShape) {
        this.inputShape = inputShape.clone();
        this.size = Shapes.size(inputShape);
    }

    @Override
    public float[] forward(float[] x, int batch, boolean training) {
        return x;
    }

    @Override
    public float[] backward(float[] dy, int batch, boolean needInputGradient) {
        return needInputGradient ? dy : null;
    }

    @Override
    public int[] inputShape() {
        return inputShape.clone();
    }

    @Override
    public int[] outputShape() {
        return new int[] {size};
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
        return LayerSpec.FLATTEN;
    }
}
