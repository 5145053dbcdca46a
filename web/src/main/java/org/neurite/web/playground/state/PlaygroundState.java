package org.neurite.web.playground.state;

import java.util.List;
import org.neurite.web.dom.LinkState;

/** The whole Playground state: one text value per row of {@link Settings}, always a valid setup. */
public final class PlaygroundState extends LinkState {
    /** Every setting at its default. */
    public PlaygroundState() {
        super(Settings.ALL);
    }

    /** A copy of {@code other}. */
    public PlaygroundState(PlaygroundState other) {
        super(other);
    }

    /**
     * The state a link describes: settings missing from it keep their defaults, and each unknown name or
     * refused value becomes a warning that says what was ignored and why.
     */
    public static Loaded fromHash(String hash) {
        PlaygroundState state = new PlaygroundState();
        return new Loaded(state, state.read(hash, "Playground"));
    }

    /** A state read from a link, with what was ignored. */
    public static final class Loaded {
        public final PlaygroundState state;
        public final List<String> warnings;

        Loaded(PlaygroundState state, List<String> warnings) {
            this.state = state;
            this.warnings = warnings;
        }
    }
}
