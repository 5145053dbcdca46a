package org.neurite.web.studio;

/** The MNIST Studio page (mnist.html): bundle entry {@code studio}. */
public final class StudioPage {
    private StudioPage() {
    }

    public static void main(String[] args) {
        // wired widget by widget as they land
    }
}
