package org.neurite.engine.loss;

/** A regression loss: the outputs are the prediction as they are, and any output activation fits. */
abstract class ValueLoss extends Loss {
    ValueLoss(String id) {
        super(id);
    }

    @Override
    public final void toPrediction(float[] output, float[] prediction, int batch, int width) {
        System.arraycopy(output, 0, prediction, 0, batch * width);
    }

    @Override
    public final boolean needsLinearOutput() {
        return false;
    }
}
