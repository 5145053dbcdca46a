package org.neurite.web.playground.model;

import org.neurite.engine.data.InputFeatures;
import org.neurite.engine.nn.Activation;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.web.dom.ListText;
import org.neurite.web.playground.state.PlaygroundState;
import org.neurite.web.playground.state.Settings;

/**
 * The hidden layers someone shaped (neurons and activation per layer) and the model spec they make with the
 * output fitted to the problem. Immutable: each edit returns the changed network, and refuses what the
 * Playground does not allow (more than 8 layers, fewer than 1 or more than 16 neurons).
 */
public final class Network {
    private final int[] sizes;
    private final Activation[] activations;

    public Network(int[] sizes, Activation[] activations) {
        if (sizes.length != activations.length) {
            throw new IllegalArgumentException(sizes.length + " layer sizes but " + activations.length
                    + " activations");
        }
        this.sizes = sizes.clone();
        this.activations = activations.clone();
    }

    /**
     * The network of a state. A shorter activation list is padded with its last entry (or tanh), a longer
     * one cut: a link written by hand as {@code layers=8,8,8&activations=relu} means ReLU throughout.
     */
    public static Network of(PlaygroundState state) {
        int[] sizes = ListText.ints(state.text(Settings.LAYERS), 1);
        String[] ids = ListText.items(state.text(Settings.ACTIVATIONS), ',');
        Activation[] activations = new Activation[sizes.length];
        Activation last = Activation.TANH;
        for (int i = 0; i < sizes.length; i++) {
            if (i < ids.length) {
                last = Activation.byId(ids[i]);
            }
            activations[i] = last;
        }
        return new Network(sizes, activations);
    }

    /** Writes this network into {@code state}'s layers and activations. */
    public void writeTo(PlaygroundState state) {
        state.put(Settings.LAYERS, ListText.joinInts(sizes));
        String[] ids = new String[activations.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = activations[i].id();
        }
        state.put(Settings.ACTIVATIONS, ListText.join(ids, ','));
    }

    public int layerCount() {
        return sizes.length;
    }

    public int size(int layer) {
        return sizes[layer];
    }

    public Activation activation(int layer) {
        return activations[layer];
    }

    /** Whether some hidden layer uses {@code activation}. */
    public boolean uses(Activation activation) {
        for (Activation a : activations) {
            if (a == activation) {
                return true;
            }
        }
        return false;
    }

    /** The activation all layers share, or null when they differ (or there are none). */
    public Activation commonActivation() {
        if (activations.length == 0) {
            return null;
        }
        for (Activation a : activations) {
            if (a != activations[0]) {
                return null;
            }
        }
        return activations[0];
    }

    public boolean canAddLayer() {
        return sizes.length < Settings.MAX_LAYERS;
    }

    /** One more hidden layer at the end, shaped like the last one (2 tanh neurons for the first). */
    public Network withLayerAdded() {
        requireThat(canAddLayer(), "the Playground allows at most " + Settings.MAX_LAYERS + " hidden layers");
        int n = sizes.length;
        int[] s = java.util.Arrays.copyOf(sizes, n + 1);
        Activation[] a = java.util.Arrays.copyOf(activations, n + 1);
        s[n] = n == 0 ? 2 : sizes[n - 1];
        a[n] = n == 0 ? Activation.TANH : activations[n - 1];
        return new Network(s, a);
    }

    /** Without the last hidden layer; with none left the inputs feed the output directly. */
    public Network withLayerRemoved() {
        requireThat(sizes.length > 0, "there is no hidden layer to remove");
        int n = sizes.length - 1;
        return new Network(java.util.Arrays.copyOf(sizes, n), java.util.Arrays.copyOf(activations, n));
    }

    public boolean canAddNeuron(int layer) {
        return sizes[layer] < Settings.MAX_NEURONS;
    }

    public boolean canRemoveNeuron(int layer) {
        return sizes[layer] > 1;
    }

    /** Layer {@code layer} with {@code delta} (+1 or -1) neurons more. */
    public Network withNeurons(int layer, int delta) {
        int wanted = sizes[layer] + delta;
        requireThat(wanted >= 1, "a layer needs at least 1 neuron; remove the layer instead");
        requireThat(wanted <= Settings.MAX_NEURONS, "the Playground allows at most " + Settings.MAX_NEURONS
                + " neurons per layer");
        int[] s = sizes.clone();
        s[layer] = wanted;
        return new Network(s, activations);
    }

    /** Layer {@code layer} with another activation. */
    public Network withActivation(int layer, Activation activation) {
        Activation[] a = activations.clone();
        a[layer] = activation;
        return new Network(sizes, a);
    }

    /** Every layer with {@code activation}. */
    public Network withActivation(Activation activation) {
        Activation[] a = activations.clone();
        java.util.Arrays.fill(a, activation);
        return new Network(sizes, a);
    }

    /**
     * The model spec: the chosen features in, these hidden layers, and the output and loss that fit the
     * problem and the loss picked ({@link OutputRecipe#of}).
     */
    public ModelSpec spec(InputFeatures features, Problem problem, int classes, String loss) {
        StringBuilder sb = new StringBuilder("input ").append(features.count());
        for (int i = 0; i < sizes.length; i++) {
            sb.append(" | dense ").append(sizes[i]).append(' ').append(activations[i].id());
        }
        sb.append(" | ").append(OutputRecipe.of(problem, classes, loss).text());
        return ModelSpec.parse(sb.toString());
    }

    private static void requireThat(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
