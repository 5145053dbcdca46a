package org.neurite.web.playground.view;

import org.neurite.engine.data.InputFeatures;

/**
 * A node of the network diagram by its column: column 0 holds the seven input features (by their order in
 * {@link InputFeatures.Feature}, used or not), columns 1..L the hidden layers, column L+1 the outputs. The
 * model's layer behind column c is c - 1.
 */
public final class NodeRef {
    private final int column;
    private final int unit;

    public NodeRef(int column, int unit) {
        this.column = column;
        this.unit = unit;
    }

    public static NodeRef input(InputFeatures.Feature feature) {
        return new NodeRef(0, feature.ordinal());
    }

    public int column() {
        return column;
    }

    public int unit() {
        return unit;
    }

    public boolean isInput() {
        return column == 0;
    }

    /** The model layer that computes this node (not for inputs). */
    public int layer() {
        return column - 1;
    }

    public InputFeatures.Feature feature() {
        return InputFeatures.Feature.values()[unit];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NodeRef && ((NodeRef) other).column == column && ((NodeRef) other).unit == unit;
    }

    @Override
    public int hashCode() {
        return column * 64 + unit;
    }

    /** The form the page uses in {@code data-node}: "column:unit". */
    @Override
    public String toString() {
        return column + ":" + unit;
    }
}
