package org.neurite.engine.data;

/**
 * A small immutable table of text cells with named columns, as read from CSV or shown on a lesson page.
 * Each row remembers the source line it came from so later errors can point at it.
 */
public final class DataTable {
    private final String name;
    private final String[] columns;
    private final String[][] rows;
    private final int[] lines;

    /** Takes ownership of the arrays; every row has {@code columns.length} cells. */
    DataTable(String name, String[] columns, String[][] rows, int[] lines) {
        this.name = name;
        this.columns = columns;
        this.rows = rows;
        this.lines = lines;
    }

    public String name() {
        return name;
    }

    public int columnCount() {
        return columns.length;
    }

    public String columnName(int column) {
        return columns[column];
    }

    public String[] columnNames() {
        return columns.clone();
    }

    /** The index of the column called {@code columnName}, or -1 if there is none. */
    public int columnIndex(String columnName) {
        for (int c = 0; c < columns.length; c++) {
            if (columns[c].equals(columnName)) {
                return c;
            }
        }
        return -1;
    }

    public int rowCount() {
        return rows.length;
    }

    public String cell(int row, int column) {
        return rows[row][column];
    }

    public String[] row(int row) {
        return rows[row].clone();
    }

    /** The 1-based source line of {@code row}. */
    public int lineOf(int row) {
        return lines[row];
    }

    /** The column names joined by ", ", for messages. */
    String columnList() {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < columns.length; c++) {
            out.append(c == 0 ? "" : ", ").append(columns[c]);
        }
        return out.toString();
    }
}
