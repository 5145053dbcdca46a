package org.neurite.web.playground.ui;

import org.neurite.engine.data.InputFeatures;
import org.neurite.web.playground.Playground;
import org.neurite.web.playground.model.Network;
import org.neurite.web.playground.model.Problem;

/** How the page names the nodes at either end of a weight, as a person reads them. */
final class ParameterNames {
    private ParameterNames() {
    }

    /** The node that feeds input {@code index} of model layer {@code layer}. */
    static String source(Playground playground, int layer, int index) {
        if (layer == 0) {
            return playground.features().feature(index).label();
        }
        return "layer " + layer + " neuron " + (index + 1);
    }

    /** Unit {@code unit} of model layer {@code layer}. */
    static String target(Playground playground, int layer, int unit) {
        Network network = playground.network();
        if (layer < network.layerCount()) {
            return "layer " + (layer + 1) + " neuron " + (unit + 1);
        }
        return playground.data().problem() == Problem.MULTICLASS ? "output (class " + unit + ")" : "output";
    }

    /** The title of a node's inspector. */
    static String node(Playground playground, org.neurite.web.playground.view.NodeRef node) {
        if (node.isInput()) {
            InputFeatures.Feature f = node.feature();
            return "Input " + f.label();
        }
        Network network = playground.network();
        if (node.layer() < network.layerCount()) {
            return "Hidden layer " + node.column() + ", neuron " + (node.unit() + 1) + " ("
                    + network.activation(node.layer()).id() + ")";
        }
        return playground.data().problem() == Problem.MULTICLASS ? "Output for class " + node.unit() : "Output";
    }
}
