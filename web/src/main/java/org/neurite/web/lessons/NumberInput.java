package org.neurite.web.lessons;

import org.neurite.web.dom.Dom;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * A number box the learner types into. Reading it never throws: a value that is not a number is marked
 * invalid (aria-invalid, for screen readers and the red outline) and {@link #problem()} says what to type.
 */
final class NumberInput {
    private final HTMLInputElement input;
    private final String name;
    private double value = Double.NaN;
    private String problem;

    NumberInput(String id, String name) {
        this((HTMLInputElement) Dom.byId(id), name);
    }

    NumberInput(HTMLInputElement input, String name) {
        this.input = input;
        this.name = name;
    }

    /** Reads the box; returns whether it holds a number. */
    boolean read() {
        String text = input.getValue().trim().replace('−', '-');
        problem = null;
        if (text.isEmpty()) {
            problem = name + " is empty; type a number such as 0.5";
        } else if (text.indexOf(',') >= 0) {
            problem = name + ": \"" + text + "\" has a comma; write decimals with a point, as in 2.5";
        } else if (!looksNumeric(text)) {
            problem = name + ": \"" + text + "\" is not a number; type digits, a point and an optional minus "
                    + "sign, as in -0.75";
        } else {
            value = parse(text);
            if (Double.isNaN(value)) {
                problem = name + ": \"" + text + "\" is not a number; type something like 1.5 or -2";
            }
        }
        boolean ok = problem == null;
        if (ok) {
            input.removeAttribute("aria-invalid");
        } else {
            input.setAttribute("aria-invalid", "true");
            value = Double.NaN;
        }
        return ok;
    }

    private static boolean looksNumeric(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private static double parse(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The last value read (NaN if it was not a number). */
    double value() {
        return value;
    }

    /** What was wrong with the last read, or null. */
    String problem() {
        return problem;
    }

    /** Writes {@code newValue} into the box (as the lesson shows numbers). */
    void set(double newValue) {
        input.setValue(Shown.number(newValue, 6));
        read();
    }

    /** Calls {@code action} whenever the learner edits the box: for values that update a result instantly. */
    void onEdit(Runnable action) {
        input.addEventListener("input", event -> action.run());
    }

    /**
     * Calls {@code action} when the learner is done with the box (Enter, or moving on): for values that restart
     * a run, so that typing "0.05" does not restart it at "0" and "0.0" on the way.
     */
    void onCommit(Runnable action) {
        input.addEventListener("change", event -> action.run());
    }

    HTMLInputElement element() {
        return input;
    }
}
