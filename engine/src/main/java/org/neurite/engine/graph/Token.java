package org.neurite.engine.graph;

/** One piece of a typed expression: a number, a name, one of + - * / ^ ( ) , or the end of the text. */
final class Token {
    enum Kind { NUMBER, NAME, SYMBOL, END }

    final Kind kind;
    /** The characters as typed ("" for END). */
    final String text;
    /** 1-based position of the first character. */
    final int position;
    /** The value of a NUMBER; 0 otherwise. */
    final double number;

    Token(Kind kind, String text, int position, double number) {
        this.kind = kind;
        this.text = text;
        this.position = position;
        this.number = number;
    }

    boolean isSymbol(char symbol) {
        return kind == Kind.SYMBOL && text.charAt(0) == symbol;
    }

    /** Position of the last character (for END, the position before it). */
    int lastPosition() {
        return position + Math.max(text.length(), 1) - 1;
    }

    /** How an error message names this token: 'x', '*', or "the end of the expression". */
    String describe() {
        return kind == Kind.END ? "the end of the expression" : "'" + text + "'";
    }
}
