package org.neurite.engine.graph;

/**
 * A typed expression that cannot be read. The message always starts with the 1-based character position
 * ("position 7: expected ')' to close the '(' at position 3"), so the page can point at it.
 */
public final class ExpressionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int position;
    private final String detail;

    public ExpressionException(int position, String detail) {
        super("position " + position + ": " + detail);
        this.position = position;
        this.detail = detail;
    }

    /** 1-based index of the character where the problem was found (length + 1 for "at the end"). */
    public int position() {
        return position;
    }

    /** The message without its "position N: " prefix. */
    public String detail() {
        return detail;
    }
}
