package org.neurite.web.playground;

/** The Playground page: 2D data, a network to shape and train, and every neuron drawn as it learns. */
public final class PlaygroundPage {
    private PlaygroundPage() {
    }

    public static void main(String[] args) {
        // wired up as the page's widgets land
    }
}
