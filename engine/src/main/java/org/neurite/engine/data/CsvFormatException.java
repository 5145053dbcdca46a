package org.neurite.engine.data;

/**
 * CSV text that cannot become a dataset. The message names the file, the line and column (1-based, as a
 * text editor counts them), the offending text and how to fix it.
 */
public final class CsvFormatException extends RuntimeException {
    private final int line;
    private final int column;

    public CsvFormatException(String fileName, int line, int column, String problem) {
        super(fileName + ": " + problem);
        this.line = line;
        this.column = column;
    }

    /** The 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem, or 0 when it concerns a whole line or file. */
    public int column() {
        return column;
    }
}
