package org.neurite.engine.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into a {@link DataTable}: a header line, then rows with one value per column.
 *
 * <p>Deliberately minimal: commas separate fields, a field may be wrapped in double quotes to hold commas
 * ({@code ""} inside quotes is one quote), whitespace around fields is dropped, blank lines are skipped,
 * {@code \r\n} and {@code \n} both end a line. A quoted field cannot span lines.
 */
public final class CsvParser {
    private CsvParser() {
    }

    public static DataTable parse(String fileName, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] header = null;
        List<String[]> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int lineNumber = 0;
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            lineNumber++;
            String line = stripCarriageReturn(body.substring(start, end));
            start = end + 1;
            if (line.trim().isEmpty()) {
                continue;
            }
            String[] fields = splitLine(fileName, line, lineNumber);
            if (header == null) {
                header = fields;
            } else if (fields.length != header.length) {
                throw raggedRow(fileName, lineNumber, fields.length, header.length);
            } else {
                rows.add(fields);
                lines.add(lineNumber);
            }
        }
        if (header == null) {
            throw new CsvFormatException(fileName, 0, 0, "the file is empty; expected a header line such as"
                    + " 'x1,x2,label' followed by one line of values per sample");
        }
        int[] lineArray = new int[lines.size()];
        for (int i = 0; i < lineArray.length; i++) {
            lineArray[i] = lines.get(i);
        }
        return new DataTable(fileName, header, rows.toArray(new String[0][]), lineArray);
    }

    private static CsvFormatException raggedRow(String fileName, int lineNumber, int values, int columns) {
        return new CsvFormatException(fileName, lineNumber, 0, "line " + lineNumber + " has " + values
                + plural(values, " value", " values") + " but the header has " + columns
                + plural(columns, " column", " columns") + "; give every row one value per column"
                + " (wrap a value that contains a comma in double quotes)");
    }

    private static String stripCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** The trimmed fields of one line; a field in quotes keeps its inner text as written. */
    static String[] splitLine(String fileName, String line, int lineNumber) {
        List<String> fields = new ArrayList<>();
        int pos = 0;
        while (true) {
            while (pos < line.length() && isBlank(line.charAt(pos))) {
                pos++;
            }
            int column = fields.size() + 1;
            if (pos < line.length() && line.charAt(pos) == '"') {
                StringBuilder field = new StringBuilder();
                pos = readQuoted(fileName, line, lineNumber, column, pos + 1, field);
                fields.add(field.toString());
                while (pos < line.length() && isBlank(line.charAt(pos))) {
                    pos++;
                }
                if (pos < line.length() && line.charAt(pos) != ',') {
                    throw new CsvFormatException(fileName, lineNumber, column, "line " + lineNumber + ", column "
                            + column + ": unexpected text after a closing quote: '" + line.substring(pos)
                            + "'; put the whole value inside the quotes");
                }
            } else {
                int comma = line.indexOf(',', pos);
                int end = comma < 0 ? line.length() : comma;
                fields.add(line.substring(pos, end).trim());
                pos = end;
            }
            if (pos >= line.length()) {
                return fields.toArray(new String[0]);
            }
            pos++;
        }
    }

    /** Reads a quoted field starting just after its opening quote; returns the position after the closing one. */
    private static int readQuoted(String fileName, String line, int lineNumber, int column, int pos,
                                  StringBuilder field) {
        while (pos < line.length()) {
            char c = line.charAt(pos);
            if (c != '"') {
                field.append(c);
                pos++;
            } else if (pos + 1 < line.length() && line.charAt(pos + 1) == '"') {
                field.append('"');
                pos += 2;
            } else {
                return pos + 1;
            }
        }
        throw new CsvFormatException(fileName, lineNumber, column, "line " + lineNumber + ", column " + column
                + ": the quote that opens '" + field + "' is never closed; add the closing \""
                + " (a quoted value must end on the same line)");
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    static String plural(int count, String one, String many) {
        return count == 1 ? one : many;
    }
}
