package org.neurite.web.worker;

/**
 * Where the worker's run stands, from a {@code state} message.
 *
 * @param state        "running", "paused", "done", "stopped", "diverged", or "loaded" after a model file was loaded
 * @param samplesSeen  training samples consumed so far (-1 when not applicable)
 * @param learningRate the optimizer's current rate (NaN when not applicable)
 */
public record WorkerState(String state, int samplesSeen, int epoch, int batch, float learningRate) {
    /** Whether the run can still go on (running or paused). */
    public boolean isActive() {
        return "running".equals(state) || "paused".equals(state);
    }
}
