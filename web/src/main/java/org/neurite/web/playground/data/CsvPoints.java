package org.neurite.web.playground.data;

import org.neurite.engine.data.CsvData;
import org.neurite.engine.data.CsvReader;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.data.Generators2D;
import org.neurite.web.dom.ValueText;

/**
 * Reads an uploaded CSV file of 2D points with the engine's {@link CsvReader}: two feature columns and a
 * label. Whole-number or word labels are classes (2 to 6, the colours the page can tell apart), labels
 * with fractions make a regression target. Every error is an exception whose message says what is wrong
 * and where: the reader's own {@link org.neurite.engine.data.CsvFormatException} (naming line and column),
 * or an {@link IllegalArgumentException} for a file the reader accepts but the Playground cannot draw.
 */
public final class CsvPoints {
    private CsvPoints() {
    }

    /** The points of {@code text} with their label texts; throws saying what is wrong with the file. */
    public static CsvData read(String fileName, String text) {
        CsvData classes = CsvReader.classification().read(fileName, text);
        Dataset data = classes.dataset();
        if (data.featureCount() != 2) {
            throw new IllegalArgumentException(fileName + ": the Playground needs exactly two feature columns"
                    + " (x1, x2) and a label column, but this file has " + data.featureCount() + " feature"
                    + (data.featureCount() == 1 ? " column" : " columns") + " before its label ("
                    + featureNames(data) + "); keep two feature columns and put the label last");
        }
        if (hasFractionalLabel(classes.classNames())) {
            return CsvReader.regression().read(fileName, text);
        }
        if (data.classCount() > Generators2D.MAX_CLASSES) {
            throw new IllegalArgumentException(fileName + ": the label column has " + data.classCount()
                    + " different labels, but the Playground tells at most " + Generators2D.MAX_CLASSES
                    + " classes apart; merge some classes, or write numbers with decimals for a regression"
                    + " target");
        }
        return classes;
    }

    private static boolean hasFractionalLabel(String[] labels) {
        for (String label : labels) {
            float value = ValueText.decimal(label);
            if (!Float.isNaN(value) && value != (float) Math.floor(value)) {
                return true;
            }
        }
        return false;
    }

    private static String featureNames(Dataset data) {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < data.featureCount(); j++) {
            sb.append(j > 0 ? ", " : "").append('\'').append(data.featureName(j)).append('\'');
        }
        return sb.toString();
    }
}
