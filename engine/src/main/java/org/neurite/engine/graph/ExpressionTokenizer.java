package org.neurite.engine.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits typed text into tokens: numbers (3, 0.5, .5, 2e-3), names (letters, digits and underscore, not
 * starting with a digit), the symbols + - * / ^ ( ) and the comma. Character tests are plain ASCII
 * comparisons: no regex and no Unicode tables, which keeps the browser bundle small.
 */
final class ExpressionTokenizer {
    private static final String SYMBOLS = "+-*/^(),";

    private final String text;
    private int index;

    private ExpressionTokenizer(String text) {
        this.text = text;
    }

    /** The tokens of {@code text}, always ending with an END token placed after the last character. */
    static List<Token> tokenize(String text) {
        ExpressionTokenizer tokenizer = new ExpressionTokenizer(text);
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = tokenizer.next();
            tokens.add(token);
        } while (token.kind != Token.Kind.END);
        return tokens;
    }

    private Token next() {
        while (index < text.length() && isSpace(text.charAt(index))) {
            index++;
        }
        if (index == text.length()) {
            return new Token(Token.Kind.END, "", index + 1, 0.0);
        }
        char c = text.charAt(index);
        if (isDigit(c) || c == '.') {
            return number();
        }
        if (isNameStart(c)) {
            return name();
        }
        if (SYMBOLS.indexOf(c) >= 0) {
            index++;
            return new Token(Token.Kind.SYMBOL, String.valueOf(c), index, 0.0);
        }
        throw new ExpressionException(index + 1, "unexpected character '" + c
                + "'; use numbers, names, + - * / ^, parentheses and commas");
    }

    private Token number() {
        int start = index;
        int wholeDigits = skipDigits();
        int fractionStart = index;
        int fractionDigits = 0;
        if (index < text.length() && text.charAt(index) == '.') {
            index++;
            fractionStart = index;
            fractionDigits = skipDigits();
        }
        if (wholeDigits + fractionDigits == 0) {
            throw new ExpressionException(start + 1, "a '.' must belong to a number, as in 0.5");
        }
        if (index < text.length() && text.charAt(index) == '.') {
            throw new ExpressionException(index + 1, "a number can have only one decimal point");
        }
        int exponentStart = index;
        skipExponentPart();
        String digitsText = text.substring(start, index);
        // Hand the parser one canonical form (".5" -> "0.5", "5." -> "5.0") so every platform reads it alike.
        String canonical = (wholeDigits == 0 ? "0" : text.substring(start, start + wholeDigits)) + "."
                + (fractionDigits == 0 ? "0" : text.substring(fractionStart, fractionStart + fractionDigits))
                + text.substring(exponentStart, index);
        double value = Double.parseDouble(canonical);
        if (Double.isInfinite(value)) {
            throw new ExpressionException(start + 1, "the number " + digitsText
                    + " is too large; numbers must stay below about 1.8e308");
        }
        return new Token(Token.Kind.NUMBER, digitsText, start + 1, value);
    }

    /** Scientific notation: 'e' or 'E', an optional sign, then digits; anything else leaves 'e' a name. */
    private void skipExponentPart() {
        if (index >= text.length() || (text.charAt(index) != 'e' && text.charAt(index) != 'E')) {
            return;
        }
        int afterE = index + 1;
        if (afterE < text.length() && (text.charAt(afterE) == '+' || text.charAt(afterE) == '-')) {
            afterE++;
        }
        if (afterE < text.length() && isDigit(text.charAt(afterE))) {
            index = afterE;
            skipDigits();
        }
    }

    private int skipDigits() {
        int start = index;
        while (index < text.length() && isDigit(text.charAt(index))) {
            index++;
        }
        return index - start;
    }

    private Token name() {
        int start = index;
        while (index < text.length() && (isNameStart(text.charAt(index)) || isDigit(text.charAt(index)))) {
            index++;
        }
        return new Token(Token.Kind.NAME, text.substring(start, index), start + 1, 0.0);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }
}
