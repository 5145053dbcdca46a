package org.neurite.engine.export;

/** Lines of a generated Python file, and the literals they need. */
final class PythonWriter {
    private final StringBuilder text = new StringBuilder();

    PythonWriter line(String line) {
        text.append(line).append('\n');
        return this;
    }

    PythonWriter blank() {
        return line("");
    }

    /** A float as Python reads it back to the same float32 ("0.1", "1.0E-5"), as {@link NestedArrays} writes them. */
    static String number(float v) {
        return Float.toString(v);
    }

    /** A shape as a Python tuple: "(1, 28, 28)", "(784,)". */
    static String tuple(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    /** A comment that names the lab layer a line comes from. */
    static String labComment(ExportLayer step) {
        return "# lab layer " + step.labLayer() + ": " + step.labText();
    }

    /** Why a flatten is there: the lab's own flatten layer, or the one its dense layer does on an image. */
    static String flattenNote(ExportLayer step) {
        return step.labText().startsWith("flatten") ? " (channels, then rows, then columns)"
                : " (reads the image flat: channels, then rows, then columns)";
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
