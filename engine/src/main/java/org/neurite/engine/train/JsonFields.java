package org.neurite.engine.train;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads one flat JSON object (string, number, boolean and null values) into its fields, as text: the shape of
 * the engine's own events. Enough to read back what {@link TrainingEvent#toJson()} writes, wherever it travelled,
 * without a JSON library (the engine has none, and must compile for the browser). Nested objects and arrays are
 * refused rather than skipped, so a reader never half-understands a message.
 */
public final class JsonFields {
    private final String text;
    private final Map<String, String> fields = new HashMap<>();
    private int at;

    private JsonFields(String text) {
        this.text = text;
    }

    /**
     * The fields of {@code text}: strings unescaped, numbers and {@code true}/{@code false} as written, null
     * values left out.
     *
     * @throws IllegalArgumentException saying where the text stops being a flat JSON object
     */
    public static Map<String, String> parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no JSON text (null)");
        }
        JsonFields reader = new JsonFields(text);
        reader.object();
        return reader.fields;
    }

    private void object() {
        expect('{');
        if (peek() == '}') {
            at++;
        } else {
            do {
                String name = string();
                expect(':');
                String value = value(name);
                if (value != null) {
                    fields.put(name, value);
                }
            } while (comma());
            expect('}');
        }
        if (skipSpace() < text.length()) {
            throw problem("text after the object");
        }
    }

    private boolean comma() {
        if (peek() == ',') {
            at++;
            return true;
        }
        return false;
    }

    private String value(String name) {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (c == '{' || c == '[') {
            throw problem("field '" + name + "' is an object or array; only flat values are read");
        }
        int start = at;
        while (at < text.length() && "-+.eE0123456789truefalsn".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        String word = text.substring(start, at);
        if (word.equals("null")) {
            return null;
        }
        if (word.equals("true") || word.equals("false") || isNumber(word)) {
            return word;
        }
        at = start;
        throw problem("field '" + name + "' has no JSON value");
    }

    private static boolean isNumber(String word) {
        if (word.isEmpty()) {
            return false;
        }
        try {
            Double.parseDouble(word);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String string() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (at >= text.length()) {
                break;
            }
            char e = text.charAt(at++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> sb.append(unicode());
                case '"', '\\', '/' -> sb.append(e);
                default -> throw problem("unknown escape \\" + e);
            }
        }
        throw problem("a string that never ends");
    }

    private char unicode() {
        if (at + 4 > text.length()) {
            throw problem("a \\u escape without four hex digits");
        }
        try {
            char c = (char) Integer.parseInt(text.substring(at, at + 4), 16);
            at += 4;
            return c;
        } catch (NumberFormatException e) {
            throw problem("a \\u escape without four hex digits");
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw problem("expected '" + c + "'");
        }
        at++;
    }

    private char peek() {
        skipSpace();
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private int skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private IllegalArgumentException problem(String what) {
        String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
        return new IllegalArgumentException("not a flat JSON object: " + what + " at character " + at + " of '"
                + shown + "'");
    }
}
