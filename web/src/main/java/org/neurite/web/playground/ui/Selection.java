package org.neurite.web.playground.ui;

import org.neurite.web.playground.view.NodeRef;

/** What the inspector shows: nothing, a node, or one link (weight W[from][to] of model layer {@code layer}). */
final class Selection {
    static final Selection NONE = new Selection(null, -1, -1, -1);

    final NodeRef node;
    final int layer;
    final int from;
    final int to;

    private Selection(NodeRef node, int layer, int from, int to) {
        this.node = node;
        this.layer = layer;
        this.from = from;
        this.to = to;
    }

    static Selection node(NodeRef node) {
        return new Selection(node, -1, -1, -1);
    }

    static Selection link(int layer, int from, int to) {
        return new Selection(null, layer, from, to);
    }

    boolean isNone() {
        return node == null && layer < 0;
    }

    boolean isLink() {
        return layer >= 0;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Selection)) {
            return false;
        }
        Selection s = (Selection) other;
        return (node == null ? s.node == null : node.equals(s.node)) && layer == s.layer && from == s.from
                && to == s.to;
    }

    @Override
    public int hashCode() {
        return (node == null ? 0 : node.hashCode()) * 31 + layer * 961 + from * 31 + to;
    }
}
