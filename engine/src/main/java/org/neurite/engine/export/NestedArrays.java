package org.neurite.engine.export;

/** A flat C-order array written as nested lists, "[[1.0, 2.0], [3.0, 4.0]]": the same text in JSON and Python. */
final class NestedArrays {
    private NestedArrays() {
    }

    /** The values as nested lists of {@code shape}; each number as Java prints a float, which reads back exactly. */
    static String of(float[] values, int[] shape) {
        StringBuilder sb = new StringBuilder();
        write(sb, values, shape, 0, 0);
        return sb.toString();
    }

    private static int write(StringBuilder sb, float[] values, int[] shape, int dim, int offset) {
        sb.append('[');
        int at = offset;
        for (int i = 0; i < shape[dim]; i++) {
            sb.append(i == 0 ? "" : ", ");
            if (dim == shape.length - 1) {
                sb.append(values[at++]);
            } else {
                at = write(sb, values, shape, dim + 1, at);
            }
        }
        sb.append(']');
        return at;
    }
}
