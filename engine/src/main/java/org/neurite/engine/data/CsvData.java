package org.neurite.engine.data;

/**
 * What {@link CsvReader} made of a file: the dataset and, for classification, the class names in class
 * index order (class {@code i} was written as {@code className(i)} in the label column).
 */
public final class CsvData {
    private final Dataset dataset;
    private final String[] classNames;

    CsvData(Dataset dataset, String[] classNames) {
        this.dataset = dataset;
        this.classNames = classNames;
    }

    public Dataset dataset() {
        return dataset;
    }

    /** The label text of every class, by class index; empty for regression. */
    public String[] classNames() {
        return classNames.clone();
    }

    public String className(int classIndex) {
        return classNames[classIndex];
    }

    /** The class index of a label as written in the file, or -1 if no row used it. */
    public int classIndex(String labelText) {
        for (int i = 0; i < classNames.length; i++) {
            if (classNames[i].equals(labelText)) {
                return i;
            }
        }
        return -1;
    }
}
