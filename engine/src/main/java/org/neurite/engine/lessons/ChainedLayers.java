package org.neurite.engine.lessons;

import org.neurite.engine.graph.Graph;
import org.neurite.engine.graph.LessonGraphs;
import org.neurite.engine.graph.Node;
import org.neurite.engine.graph.Op;

/**
 * Lesson 8's three one-neuron layers with a loss on top: y = act(w3 act(w2 act(w1 a))) and
 * L = (y - t)^2 / 2, so dL/dy = y - t. The layers are {@link LessonGraphs#threeLayerChain}; the graph's
 * output is L, its nodes keep the lesson's labels (a, w1, s1, h1, ..., y, t, L).
 */
public final class ChainedLayers {
    private ChainedLayers() {
    }

    public static Graph withLoss(Op activation, double input, double w1, double w2, double w3, double target) {
        Node y = LessonGraphs.threeLayerChain(activation, input, w1, w2, w3).output();
        Node loss = y.sub(Node.input("t", target)).named("y - t").pow(2).named("(y - t)^2").mul(0.5).named("L");
        return new Graph(loss);
    }
}
