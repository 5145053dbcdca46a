package org.neurite.engine.data;

/**
 * Makes a {@link Dataset} from CSV text with a header line: every column but the label column is a numeric
 * feature; the label column (by name, the last one unless told otherwise) holds either classes or a
 * regression target. Numbers follow {@link NumberText}: {@code 78%} reads as 0.78.
 *
 * <p>Class labels that are already 0..k-1 keep their values; any other labels (words, or numbers such
 * as 1/2/3) become classes numbered by first appearance, and {@link CsvData#classNames()} keeps the mapping.
 *
 * <pre>{@code
 * CsvData data = CsvReader.classification().labelColumn("species").read("iris.csv", text);
 * }</pre>
 */
public final class CsvReader {
    private final boolean classification;
    private final String labelColumn;

    private CsvReader(boolean classification, String labelColumn) {
        this.classification = classification;
        this.labelColumn = labelColumn;
    }

    /** A reader whose label column names a class for each row. */
    public static CsvReader classification() {
        return new CsvReader(true, null);
    }

    /** A reader whose label column is a real-valued target. */
    public static CsvReader regression() {
        return new CsvReader(false, null);
    }

    /** The same reader, taking the label from the column called {@code name} instead of the last one. */
    public CsvReader labelColumn(String name) {
        return new CsvReader(classification, name);
    }

    public CsvData read(String fileName, String text) {
        return read(CsvParser.parse(fileName, text));
    }

    public CsvData read(DataTable table) {
        String file = table.name();
        if (table.columnCount() < 2) {
            throw new CsvFormatException(file, 0, 0, "the header has only one column ('" + table.columnName(0)
                    + "'); a dataset needs at least one feature column and a label column, separated by commas");
        }
        if (table.rowCount() == 0) {
            throw new CsvFormatException(file, 0, 0, "the file has a header but no data rows; add one line of"
                    + " values per sample below the header");
        }
        int label = labelIndex(table);
        float[] features = readFeatures(table, label);
        int featureCount = table.columnCount() - 1;
        int[] shape = {featureCount};
        String[] featureNames = new String[featureCount];
        for (int c = 0, j = 0; c < table.columnCount(); c++) {
            if (c != label) {
                featureNames[j++] = table.columnName(c);
            }
        }
        if (!classification) {
            return new CsvData(Dataset.regression(file, features, shape, readNumbers(table, label), 1,
                    featureNames), new String[0]);
        }
        ClassLabels classes = ClassLabels.fromText(labelTexts(table, label));
        if (classes.names.length < 2) {
            throw new CsvFormatException(file, 0, label + 1, "the label column '" + table.columnName(label)
                    + "' has only one class ('" + classes.names[0] + "'); classification needs rows of at least"
                    + " two classes (or read the file as regression)");
        }
        return new CsvData(Dataset.classification(file, features, shape, classes.indices, classes.names.length,
                featureNames), classes.names);
    }

    private int labelIndex(DataTable table) {
        if (labelColumn == null) {
            return table.columnCount() - 1;
        }
        int index = table.columnIndex(labelColumn);
        if (index < 0) {
            throw new CsvFormatException(table.name(), 0, 0, "there is no column named '" + labelColumn
                    + "' to use as the label; the header has: " + table.columnList()
                    + " (names must match exactly, including case)");
        }
        return index;
    }

    private static float[] readFeatures(DataTable table, int label) {
        int width = table.columnCount() - 1;
        float[] features = new float[table.rowCount() * width];
        for (int r = 0; r < table.rowCount(); r++) {
            for (int c = 0, j = 0; c < table.columnCount(); c++) {
                if (c != label) {
                    features[r * width + j++] = number(table, r, c);
                }
            }
        }
        return features;
    }

    private static float[] readNumbers(DataTable table, int column) {
        float[] values = new float[table.rowCount()];
        for (int r = 0; r < values.length; r++) {
            values[r] = number(table, r, column);
        }
        return values;
    }

    private static String[] labelTexts(DataTable table, int column) {
        String[] texts = new String[table.rowCount()];
        for (int r = 0; r < texts.length; r++) {
            texts[r] = table.cell(r, column);
            if (texts[r].isEmpty()) {
                throw cellError(table, r, column, "the label is empty; every row needs a class label");
            }
        }
        return texts;
    }

    private static float number(DataTable table, int row, int column) {
        String text = table.cell(row, column);
        float value = NumberText.parseOrNaN(text);
        if (Float.isNaN(value)) {
            String what = text.isEmpty() ? "the value is empty" : "'" + text + "' is not a number";
            throw cellError(table, row, column, what + "; write a number such as 3.5, -2 or 1e-3"
                    + " (78% reads as 0.78)");
        }
        if (Float.isInfinite(value)) {
            throw cellError(table, row, column, "'" + text + "' is too large for a 32-bit float (over 3.4e38)");
        }
        return value;
    }

    private static CsvFormatException cellError(DataTable table, int row, int column, String problem) {
        int line = table.lineOf(row);
        return new CsvFormatException(table.name(), line, column + 1, "line " + line + ", column " + (column + 1)
                + " ('" + table.columnName(column) + "'): " + problem);
    }
}
