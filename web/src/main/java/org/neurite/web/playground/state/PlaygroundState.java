package org.neurite.web.playground.state;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole page state: one text value per row of {@link Settings}. Every change is checked against the
 * row, and a refused change keeps the previous value, so the state is always a valid setup. It round-trips
 * through the URL hash.
 */
public final class PlaygroundState {
    private final String[] values;

    /** Every setting at its default. */
    public PlaygroundState() {
        values = new String[Settings.ALL.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = Settings.ALL[i].defaultText();
        }
    }

    /** A copy of {@code other}. */
    public PlaygroundState(PlaygroundState other) {
        values = other.values.clone();
    }

    public String text(Property property) {
        return values[index(property)];
    }

    public int integer(Property property) {
        return ValueText.integer(text(property), 0);
    }

    public float decimal(Property property) {
        return ValueText.decimal(text(property));
    }

    public boolean flag(Property property) {
        return "true".equals(text(property));
    }

    /**
     * Sets {@code property} to {@code text} (trimmed) if it allows it; returns what is wrong otherwise, and
     * then the previous value stays.
     */
    public String set(Property property, String text) {
        String value = text.trim();
        String problem = property.problem(value);
        if (problem == null) {
            values[index(property)] = value;
        }
        return problem;
    }

    /** Sets a value the page itself produced; a refusal here is a bug in the page, so it throws. */
    public void put(Property property, String text) {
        String problem = set(property, text);
        if (problem != null) {
            throw new IllegalArgumentException(property.name() + ": " + problem);
        }
    }

    public void put(Property property, int value) {
        put(property, Integer.toString(value));
    }

    public void put(Property property, boolean value) {
        put(property, Boolean.toString(value));
    }

    /** Whether {@code other} has the same value for every one of {@code properties}. */
    public boolean sameAs(PlaygroundState other, Property... properties) {
        for (Property p : properties) {
            if (!text(p).equals(other.text(p))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The hash of a link to this exact setup: every setting in table order, except lists that are empty by
     * default and still are (no added points, nothing hidden), which would only lengthen it.
     */
    public String toHash() {
        StringBuilder sb = new StringBuilder("#");
        for (int i = 0; i < values.length; i++) {
            if (values[i].isEmpty() && Settings.ALL[i].defaultText().isEmpty()) {
                continue;
            }
            if (sb.length() > 1) {
                sb.append('&');
            }
            sb.append(Settings.ALL[i].name()).append('=').append(HashText.encode(values[i]));
        }
        return sb.toString();
    }

    /**
     * The state a link describes: settings missing from it keep their defaults, and each unknown name or
     * refused value becomes a warning that says what was ignored and why.
     */
    public static Loaded fromHash(String hash) {
        PlaygroundState state = new PlaygroundState();
        List<String> warnings = new ArrayList<>();
        for (String[] pair : HashText.pairs(hash)) {
            Property property = Settings.byName(pair[0]);
            if (property == null) {
                warnings.add("the link's '" + pair[0] + "' is not a Playground setting and was ignored");
                continue;
            }
            String problem = state.set(property, pair[1]);
            if (problem != null) {
                warnings.add("the link's " + property.label() + " (" + property.name() + "=" + pair[1]
                        + ") was not used: " + problem + "; using " + describeDefault(property));
            }
        }
        return new Loaded(state, warnings);
    }

    private static String describeDefault(Property property) {
        return property.defaultText().isEmpty() ? "none" : property.defaultText();
    }

    private static int index(Property property) {
        for (int i = 0; i < Settings.ALL.length; i++) {
            if (Settings.ALL[i] == property) {
                return i;
            }
        }
        throw new IllegalArgumentException("'" + property.name() + "' is not a row of Settings");
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
