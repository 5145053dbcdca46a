package org.neurite.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CsvWriterTest {
    @Test
    void classificationPartsUnderOneHeader() {
        Dataset train = Dataset.classification("a", new float[] {1f, -2.5f}, new int[] {2}, new int[] {1}, 2, "x1", "x2");
        Dataset test = Dataset.classification("b", new float[] {0.5f, 3f}, new int[] {2}, new int[] {0}, 2, "x1", "x2");
        assertEquals("x1,x2,label\n1.0,-2.5,1\n0.5,3.0,0\n", CsvWriter.write(train, test));
    }

    @Test
    void whatItWritesReadsBack() {
        Dataset plane = Dataset.regression("p", new float[] {1e-5f, 2f, -3f, 4.25f}, new int[] {2},
                new float[] {0.125f, -1f}, 1, "x1", "x,2");
        Dataset back = CsvReader.regression().read("back.csv", CsvWriter.write(plane)).dataset();
        assertEquals(2, back.size());
        assertEquals("x,2", back.featureName(1));
        assertEquals(1e-5f, back.feature(0, 0));
        assertEquals(4.25f, back.feature(1, 1));
        assertEquals(-1f, back.target(1, 0));
    }

    @Test
    void mixedPartsAreRefused() {
        Dataset classes = Dataset.classification("c", new float[] {1f, 2f}, new int[] {2}, new int[] {1}, 2);
        Dataset plane = Dataset.regression("p", new float[] {1f, 2f}, new int[] {2}, new float[] {0f}, 1);
        assertThrows(IllegalArgumentException.class, () -> CsvWriter.write(classes, plane));
        assertThrows(IllegalArgumentException.class, () -> CsvWriter.write());
    }
}
