package org.neurite.web.playground.model;

import org.neurite.engine.data.Dataset;

/** What the data asks of the network, which decides its output layer and loss. */
public enum Problem {
    /** Two classes: one output, its sigmoid the probability of class 1. */
    BINARY,
    /** Three or more classes: one output per class, softmax over them. */
    MULTICLASS,
    /** A real-valued target: one linear output. */
    REGRESSION;

    public static Problem of(Dataset data) {
        if (!data.isClassification()) {
            return REGRESSION;
        }
        return data.classCount() == 2 ? BINARY : MULTICLASS;
    }

    public boolean isClassification() {
        return this != REGRESSION;
    }
}
