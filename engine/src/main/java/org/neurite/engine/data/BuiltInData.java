package org.neurite.engine.data;

/**
 * The course's small example tables, as the lesson pages show them ({@link #table}) and as datasets
 * ({@link #byName}). The last column of each table is the label.
 *
 * <ul>
 *   <li>{@code housing} (regression): sq ft, neighbourhood, bedrooms -> price. The neighbourhood is a
 *       category, so the dataset one-hot encodes it: features {@code sq ft}, one {@code neighbourhood = X}
 *       column per neighbourhood in order of first appearance (1 for that row's neighbourhood, else 0),
 *       then {@code bedrooms}. A single index feature would pretend KPHB is "more" than Gachibowli.</li>
 *   <li>{@code study-hours} (regression): Study Hrs, Sleep Hrs, Quiz -> Exam, percentages as fractions
 *       (78% is 0.78).</li>
 *   <li>{@code flight-delay} (classification, 2 classes): temperature, wind speed -> delayed (1) or not (0).</li>
 * </ul>
 */
public final class BuiltInData {
    public static final String HOUSING = "housing";
    public static final String STUDY_HOURS = "study-hours";
    public static final String FLIGHT_DELAY = "flight-delay";
    public static final String[] NAMES = {HOUSING, STUDY_HOURS, FLIGHT_DELAY};
    /** The housing column the dataset one-hot encodes. */
    public static final String NEIGHBOURHOOD = "neighbourhood";

    private static final String HOUSING_CSV = "sq ft,neighbourhood,bedrooms,price\n"
            + "2000,Gachibowli,3,180\n"
            + "1750,Jubilee Hills,3,210\n"
            + "1100,Kukatpally,2,55\n"
            + "900,Gachibowli,2,72\n"
            + "1245,KPHB,3,60\n";
    private static final String STUDY_HOURS_CSV = "Study Hrs,Sleep Hrs,Quiz,Exam\n"
            + "12,6,78%,93%\n"
            + "22,6.5,24%,68%\n"
            + "115,4,100%,95%\n"
            + "31,9,67%,75%\n"
            + "0,10,58%,51%\n"
            + "5,8,78%,60%\n"
            + "92,6,82%,89%\n"
            + "57,8,91%,97%\n";
    private static final String FLIGHT_DELAY_CSV = "temperature,wind speed,delayed\n"
            + "-20,45,1\n"
            + "80,0,0\n"
            + "4,15,1\n"
            + "45,60,1\n";

    private BuiltInData() {
    }

    /** The table called {@code name} (one of {@link #NAMES}) with its cells as written. */
    public static DataTable table(String name) {
        switch (name) {
            case HOUSING: return CsvParser.parse(HOUSING, HOUSING_CSV);
            case STUDY_HOURS: return CsvParser.parse(STUDY_HOURS, STUDY_HOURS_CSV);
            case FLIGHT_DELAY: return CsvParser.parse(FLIGHT_DELAY, FLIGHT_DELAY_CSV);
            default: throw unknown(name);
        }
    }

    /** The dataset called {@code name} (one of {@link #NAMES}). */
    public static Dataset byName(String name) {
        switch (name) {
            case HOUSING: return housing();
            case STUDY_HOURS: return studyHours();
            case FLIGHT_DELAY: return flightDelay();
            default: throw unknown(name);
        }
    }

    public static Dataset housing() {
        return oneHotRegression(table(HOUSING), NEIGHBOURHOOD);
    }

    public static Dataset studyHours() {
        return CsvReader.regression().read(table(STUDY_HOURS)).dataset();
    }

    public static Dataset flightDelay() {
        return CsvReader.classification().read(table(FLIGHT_DELAY)).dataset();
    }

    /** Numeric columns stay, {@code category} becomes one 0/1 feature per value, the last column is the target. */
    private static Dataset oneHotRegression(DataTable table, String category) {
        int categoryColumn = table.columnIndex(category);
        int labelColumn = table.columnCount() - 1;
        String[] values = new String[table.rowCount()];
        for (int r = 0; r < values.length; r++) {
            values[r] = table.cell(r, categoryColumn);
        }
        ClassLabels categories = ClassLabels.byFirstAppearance(values);
        int width = labelColumn - 1 + categories.names.length;
        String[] names = new String[width];
        float[] features = new float[table.rowCount() * width];
        float[] targets = new float[table.rowCount()];
        for (int r = 0; r < table.rowCount(); r++) {
            int j = 0;
            for (int c = 0; c < labelColumn; c++) {
                if (c != categoryColumn) {
                    names[j] = table.columnName(c);
                    features[r * width + j++] = NumberText.parseOrNaN(table.cell(r, c));
                    continue;
                }
                for (int k = 0; k < categories.names.length; k++) {
                    names[j] = category + " = " + categories.names[k];
                    features[r * width + j++] = categories.indices[r] == k ? 1f : 0f;
                }
            }
            targets[r] = NumberText.parseOrNaN(table.cell(r, labelColumn));
        }
        return Dataset.regression(table.name(), features, new int[] {width}, targets, 1, names);
    }

    private static IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("unknown built-in dataset '" + name + "'; choose one of: "
                + String.join(", ", NAMES));
    }
}
