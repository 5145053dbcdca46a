package org.neurite.web.dom;

/**
 * One setting of a page: its name (the key in the URL hash; in the Playground also the word for it in
 * {@code hide=} and the {@code data-control} of its control), a label for messages, its default and what it
 * allows. Values travel as text, exactly as they appear in a link. A page's settings are a table of these, and
 * {@link LinkState} holds one value per row.
 */
public final class Property {
    /** Says what is wrong with a value, or returns null when it is allowed. */
    public interface Check {
        String problem(String text);
    }

    private final String name;
    private final String label;
    private final String defaultText;
    private final Check check;
    private final String[] choices;
    private final boolean optional;

    private Property(String name, String label, String defaultText, String[] choices, Check check,
            boolean optional) {
        this.name = name;
        this.label = label;
        this.defaultText = defaultText;
        this.choices = choices;
        this.check = check;
        this.optional = optional;
    }

    private Property(String name, String label, String defaultText, String[] choices, Check check) {
        this(name, label, defaultText, choices, check, false);
    }

    /**
     * This setting, left out of a link while it has its default: for what most links never use (added points,
     * hidden controls), so they stay short and older links read the same.
     */
    public Property optional() {
        return new Property(name, label, defaultText, choices, check, true);
    }

    /** Whether a link leaves this setting out while it has its default. */
    public boolean isOptional() {
        return optional;
    }

    /** One of a fixed list of words. */
    public static Property choice(String name, String label, String defaultText, String... allowed) {
        String[] choices = allowed.clone();
        return new Property(name, label, defaultText, choices, text -> {
            for (String c : choices) {
                if (c.equals(text)) {
                    return null;
                }
            }
            return "'" + text + "' is not one of: " + String.join(", ", choices);
        });
    }

    /** A whole number from {@code min} to {@code max}. */
    public static Property integer(String name, String label, int defaultValue, int min, int max) {
        return new Property(name, label, Integer.toString(defaultValue), null,
                text -> ValueText.integerProblem(text, min, max));
    }

    /** A number accepted by {@code check} (which says what is wrong otherwise). */
    public static Property decimal(String name, String label, String defaultText, Check check) {
        return new Property(name, label, defaultText, null, text -> {
            float value = ValueText.decimal(text);
            if (Float.isNaN(value)) {
                return "'" + text + "' is not a number; write one such as 0.03 or 1e-3";
            }
            return check.problem(text);
        });
    }

    /** On or off, written {@code true} or {@code false}. */
    public static Property flag(String name, String label, boolean defaultValue) {
        return choice(name, label, Boolean.toString(defaultValue), "true", "false");
    }

    /** Free text accepted by {@code check}; used for the lists (layers, features, points). */
    public static Property text(String name, String label, String defaultText, Check check) {
        return new Property(name, label, defaultText, null, check);
    }

    public String name() {
        return name;
    }

    /** How the page names the setting, e.g. "learning rate". */
    public String label() {
        return label;
    }

    public String defaultText() {
        return defaultText;
    }

    /** The allowed words of a choice, or null for other kinds. */
    public String[] choices() {
        return choices == null ? null : choices.clone();
    }

    /** What is wrong with {@code text} for this setting, or null when it is allowed. */
    public String problem(String text) {
        return check.problem(text);
    }

    @Override
    public String toString() {
        return name;
    }
}
