package org.neurite.web.dom;

import java.util.ArrayList;
import java.util.List;
import org.neurite.engine.train.PercentEncoding;

/**
 * A page's state: one text value per row of its table of {@link Property settings}. Every change is checked
 * against its row, and a refused change keeps the previous value, so the state is always a valid setup. It
 * round-trips through the URL hash ({@code #name=value&...}, in table order, percent-encoded the way the
 * engine writes recipes), so a link reproduces the page. The Playground and the Studio are both built on it.
 */
public class LinkState {
    private final Property[] table;
    private final String[] values;

    /** Every setting of {@code table} at its default. */
    protected LinkState(Property[] table) {
        this.table = table;
        values = new String[table.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = table[i].defaultText();
        }
    }

    /** A copy of {@code other}. */
    protected LinkState(LinkState other) {
        table = other.table;
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
        String value = text == null ? "" : text.trim();
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
    public boolean sameAs(LinkState other, Property... properties) {
        for (Property p : properties) {
            if (!text(p).equals(other.text(p))) {
                return false;
            }
        }
        return true;
    }

    /** The hash of a link to this exact setup: every setting in table order but optional ones at their default. */
    public String toHash() {
        StringBuilder sb = new StringBuilder("#");
        for (int i = 0; i < values.length; i++) {
            if (table[i].isOptional() && values[i].equals(table[i].defaultText())) {
                continue;
            }
            if (sb.length() > 1) {
                sb.append('&');
            }
            sb.append(table[i].name()).append('=').append(PercentEncoding.encode(values[i]));
        }
        return sb.toString();
    }

    /**
     * Sets what a link says (settings missing from it keep their values) and returns a warning for each unknown
     * name or refused value, saying what was ignored and why; {@code page} names the page in those warnings.
     */
    protected List<String> read(String hash, String page) {
        List<String> warnings = new ArrayList<>();
        for (String[] pair : pairs(hash)) {
            Property property = byName(pair[0]);
            if (property == null) {
                warnings.add("the link's '" + pair[0] + "' is not a " + page + " setting and was ignored");
                continue;
            }
            String problem = set(property, pair[1]);
            if (problem != null) {
                warnings.add("the link's " + property.label() + " (" + property.name() + "=" + pair[1]
                        + ") was not used: " + problem + "; using "
                        + (text(property).isEmpty() ? "none" : text(property)));
            }
        }
        return warnings;
    }

    /** The decoded value {@code hash} gives {@code property}, or null when it has none. */
    public static String given(String hash, Property property) {
        for (String[] pair : pairs(hash)) {
            if (pair[0].equals(property.name())) {
                return pair[1];
            }
        }
        return null;
    }

    /** The {@code name=value} pairs of a hash (with or without its '#'), decoded. */
    static String[][] pairs(String hash) {
        String body = hash.startsWith("#") ? hash.substring(1) : hash;
        String[] items = ListText.items(body, '&');
        String[][] pairs = new String[items.length][];
        for (int i = 0; i < items.length; i++) {
            int eq = items[i].indexOf('=');
            String name = eq < 0 ? items[i] : items[i].substring(0, eq);
            String value = eq < 0 ? "" : items[i].substring(eq + 1);
            pairs[i] = new String[] {PercentEncoding.decode(name), PercentEncoding.decode(value)};
        }
        return pairs;
    }

    /** The row called {@code name}, or null. */
    public Property byName(String name) {
        for (Property p : table) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    private int index(Property property) {
        for (int i = 0; i < table.length; i++) {
            if (table[i] == property) {
                return i;
            }
        }
        throw new IllegalArgumentException("'" + property.name() + "' is not a row of this page's settings");
    }
}
