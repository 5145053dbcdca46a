package org.neurite.engine.data;

/**
 * Writes datasets as CSV text that {@link CsvReader} reads back: a header of the feature names and
 * {@code label}, then one line per sample; the class index for classification, the target for regression.
 * Several datasets (say a train and a test set) are written one after the other under one header.
 */
public final class CsvWriter {
    /** The label column's name. */
    public static final String LABEL = "label";

    private CsvWriter() {
    }

    /** The samples of every part, in order; all parts must have the same features and kind of label. */
    public static String write(Dataset... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("nothing to write: pass at least one dataset");
        }
        Dataset first = parts[0];
        for (Dataset part : parts) {
            requireSameColumns(first, part);
        }
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < first.featureCount(); j++) {
            sb.append(quoted(first.featureName(j))).append(',');
        }
        sb.append(LABEL).append('\n');
        for (Dataset part : parts) {
            for (int i = 0; i < part.size(); i++) {
                for (int j = 0; j < part.featureCount(); j++) {
                    sb.append(part.feature(i, j)).append(',');
                }
                if (part.isClassification()) {
                    sb.append(part.label(i));
                } else {
                    sb.append(part.target(i, 0));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static void requireSameColumns(Dataset first, Dataset part) {
        boolean same = part.featureCount() == first.featureCount()
                && part.isClassification() == first.isClassification()
                && (part.isClassification() || part.targetWidth() == 1);
        if (!same) {
            throw new IllegalArgumentException("dataset '" + part.name() + "' cannot be written under the header"
                    + " of '" + first.name() + "': every part needs the same features and one label or target");
        }
    }

    /** A name holding a comma or quote is quoted, as {@link CsvParser} expects. */
    private static String quoted(String name) {
        if (name.indexOf(',') < 0 && name.indexOf('"') < 0) {
            return name;
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            sb.append(c == '"' ? "\"\"" : String.valueOf(c));
        }
        return sb.append('"').toString();
    }
}
