package org.neurite.engine.graph;

/**
 * One gate's share of a backward pass, frozen when the pass ran, so a page can replay the pass one gate at
 * a time: the gradient that arrived at the gate (upstream), the gate's local gradient for each input, and
 * what it passed down to each input (downstream = upstream x local).
 *
 * <p>An input used by several gates collects a contribution from each; {@link #inputGradientAfter} is its
 * running total right after this step, so the page can show gradients adding up at a fan-out.
 */
public final class BackwardStep {
    private final Node gate;
    private final double upstream;
    private final double[] local;
    private final double[] downstream;
    private final double[] inputGradientAfter;
    private final boolean[] inputShared;

    BackwardStep(Node gate, double upstream, double[] local, double[] downstream, double[] inputGradientAfter,
                 boolean[] inputShared) {
        this.gate = gate;
        this.upstream = upstream;
        this.local = local;
        this.downstream = downstream;
        this.inputGradientAfter = inputGradientAfter;
        this.inputShared = inputShared;
    }

    /** The gate this step passes gradient through. */
    public Node gate() {
        return gate;
    }

    /** d(output)/d(gate): the gradient arriving from above (1 at the output itself). */
    public double upstreamGradient() {
        return upstream;
    }

    public int inputCount() {
        return local.length;
    }

    public Node input(int index) {
        return gate.input(index);
    }

    /** d(gate)/d(input): the gate's own local gradient at the values of this pass. */
    public double localGradient(int index) {
        return local[index];
    }

    /** upstream x local: the contribution this gate adds to the input's gradient. */
    public double downstreamGradient(int index) {
        return downstream[index];
    }

    /**
     * The input's accumulated gradient right after this contribution (equals the downstream unless it fans
     * out): for x * x at x = 3, 3 after the first slot and 6 after the second.
     */
    public double inputGradientAfter(int index) {
        return inputGradientAfter[index];
    }

    /** Whether the input feeds several gate slots, so its gradient is a sum that this step adds to. */
    public boolean inputShared(int index) {
        return inputShared[index];
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        String name = gate.label().isEmpty() ? gate.op().symbol() : gate.label();
        text.append(name).append(": upstream ").append(upstream);
        for (int i = 0; i < local.length; i++) {
            text.append("; to ").append(input(i).label()).append(": ").append(upstream).append(" x ")
                    .append(local[i]).append(" = ").append(downstream[i]);
        }
        return text.toString();
    }
}
