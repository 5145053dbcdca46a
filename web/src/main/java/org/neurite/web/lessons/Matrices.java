package org.neurite.web.lessons;

/** Matrices written as TeX for KaTeX, entries shown as the lessons show numbers. */
final class Matrices {
    private Matrices() {
    }

    /** A {@code rows} x {@code columns} row-major matrix as a bracketed TeX matrix. */
    static String tex(float[] values, int rows, int columns) {
        double[] d = new double[values.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = values[i];
        }
        return tex(d, rows, columns);
    }

    static String tex(double[] values, int rows, int columns) {
        StringBuilder tex = new StringBuilder("\\begin{bmatrix}");
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                tex.append(c == 0 ? "" : " & ").append(Shown.number(values[r * columns + c], 3));
            }
            tex.append(r == rows - 1 ? "" : " \\\\ ");
        }
        return tex.append("\\end{bmatrix}").toString();
    }
}
