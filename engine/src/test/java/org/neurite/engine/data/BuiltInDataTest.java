package org.neurite.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BuiltInDataTest {
    private static float[] row(Dataset d, int sample) {
        float[] out = new float[d.featureCount()];
        for (int j = 0; j < out.length; j++) {
            out[j] = d.feature(sample, j);
        }
        return out;
    }

    private static String[] featureNames(Dataset d) {
        String[] out = new String[d.featureCount()];
        for (int j = 0; j < out.length; j++) {
            out[j] = d.featureName(j);
        }
        return out;
    }

    @Test
    void housingTableAsWritten() {
        DataTable t = BuiltInData.table("housing");
        assertArrayEquals(new String[] {"sq ft", "neighbourhood", "bedrooms", "price"}, t.columnNames());
        assertEquals(5, t.rowCount());
        assertArrayEquals(new String[] {"2000", "Gachibowli", "3", "180"}, t.row(0));
        assertArrayEquals(new String[] {"1750", "Jubilee Hills", "3", "210"}, t.row(1));
        assertArrayEquals(new String[] {"1100", "Kukatpally", "2", "55"}, t.row(2));
        assertArrayEquals(new String[] {"900", "Gachibowli", "2", "72"}, t.row(3));
        assertArrayEquals(new String[] {"1245", "KPHB", "3", "60"}, t.row(4));
    }

    @Test
    void housingOneHotEncodesTheNeighbourhood() {
        Dataset d = BuiltInData.byName("housing");
        assertFalse(d.isClassification());
        assertArrayEquals(new String[] {"sq ft", "neighbourhood = Gachibowli", "neighbourhood = Jubilee Hills",
            "neighbourhood = Kukatpally", "neighbourhood = KPHB", "bedrooms"}, featureNames(d));
        assertArrayEquals(new float[] {2000, 1, 0, 0, 0, 3}, row(d, 0));
        assertArrayEquals(new float[] {1750, 0, 1, 0, 0, 3}, row(d, 1));
        assertArrayEquals(new float[] {1100, 0, 0, 1, 0, 2}, row(d, 2));
        assertArrayEquals(new float[] {900, 1, 0, 0, 0, 2}, row(d, 3));
        assertArrayEquals(new float[] {1245, 0, 0, 0, 1, 3}, row(d, 4));
        float[] prices = {180, 210, 55, 72, 60};
        for (int i = 0; i < prices.length; i++) {
            assertEquals(prices[i], d.target(i, 0));
        }
    }

    @Test
    void studyHoursWithPercentagesAsFractions() {
        DataTable t = BuiltInData.table("study-hours");
        assertArrayEquals(new String[] {"Study Hrs", "Sleep Hrs", "Quiz", "Exam"}, t.columnNames());
        assertArrayEquals(new String[] {"22", "6.5", "24%", "68%"}, t.row(1));
        Dataset d = BuiltInData.studyHours();
        float[][] inputs = {{12, 6, 0.78f}, {22, 6.5f, 0.24f}, {115, 4, 1.00f}, {31, 9, 0.67f},
            {0, 10, 0.58f}, {5, 8, 0.78f}, {92, 6, 0.82f}, {57, 8, 0.91f}};
        float[] exam = {0.93f, 0.68f, 0.95f, 0.75f, 0.51f, 0.60f, 0.89f, 0.97f};
        assertEquals(8, d.size());
        assertArrayEquals(new String[] {"Study Hrs", "Sleep Hrs", "Quiz"}, featureNames(d));
        for (int i = 0; i < 8; i++) {
            assertArrayEquals(inputs[i], row(d, i), "row " + i);
            assertEquals(exam[i], d.target(i, 0), "row " + i);
        }
    }

    @Test
    void flightDelayIsTwoClasses() {
        DataTable t = BuiltInData.table("flight-delay");
        assertArrayEquals(new String[] {"temperature", "wind speed", "delayed"}, t.columnNames());
        Dataset d = BuiltInData.byName("flight-delay");
        assertTrue(d.isClassification());
        assertEquals(2, d.classCount());
        float[][] inputs = {{-20, 45}, {80, 0}, {4, 15}, {45, 60}};
        int[] delayed = {1, 0, 1, 1};
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(inputs[i], row(d, i));
            assertEquals(delayed[i], d.label(i));
        }
    }

    @Test
    void everyNameResolvesAndUnknownNamesAreListed() {
        for (String name : BuiltInData.NAMES) {
            assertEquals(name, BuiltInData.byName(name).name());
            assertEquals(name, BuiltInData.table(name).name());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BuiltInData.byName("iris"));
        assertEquals("unknown built-in dataset 'iris'; choose one of: housing, study-hours, flight-delay",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BuiltInData.table("Housing"));
    }

    @Test
    void tablesAreImmutableViews() {
        DataTable t = BuiltInData.table("housing");
        t.row(0)[0] = "changed";
        t.columnNames()[0] = "changed";
        assertEquals("2000", t.cell(0, 0));
        assertEquals("sq ft", t.columnName(0));
        assertEquals(2, t.lineOf(0));
    }
}
