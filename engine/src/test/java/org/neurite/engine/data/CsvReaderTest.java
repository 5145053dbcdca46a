package org.neurite.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CsvReaderTest {
    private static CsvFormatException classificationError(String text) {
        return assertThrows(CsvFormatException.class, () -> CsvReader.classification().read("data.csv", text));
    }

    @Test
    void readsClassIndicesAsTheyAre() {
        CsvData data = CsvReader.classification().read("d.csv", "x1,x2,label\n1,2,1\n-3.5,4e1,0\n0.25,.5,2\n");
        Dataset d = data.dataset();
        assertEquals(3, d.size());
        assertEquals(2, d.featureCount());
        assertEquals(3, d.classCount());
        assertEquals("x1", d.featureName(0));
        assertEquals("x2", d.featureName(1));
        assertEquals(1, d.label(0));
        assertEquals(0, d.label(1));
        assertEquals(2, d.label(2));
        assertEquals(-3.5f, d.feature(1, 0));
        assertEquals(40f, d.feature(1, 1));
        assertEquals(0.5f, d.feature(2, 1));
        assertArrayEquals(new String[] {"0", "1", "2"}, data.classNames());
    }

    @Test
    void mapsOtherLabelsByFirstAppearance() {
        CsvData data = CsvReader.classification().read("d.csv", "a,b,kind\n1,1,cat\n2,2,dog\n3,3,cat\n4,4,bird\n");
        assertArrayEquals(new String[] {"cat", "dog", "bird"}, data.classNames());
        assertEquals(3, data.dataset().classCount());
        assertEquals(0, data.dataset().label(2));
        assertEquals(2, data.dataset().label(3));
        assertEquals(1, data.classIndex("dog"));
        assertEquals(-1, data.classIndex("fish"));
        assertEquals("bird", data.className(2));
    }

    @Test
    void numbersThatSkipZeroAreNamesNotIndices() {
        CsvData data = CsvReader.classification().read("d.csv", "a,grade\n1,2\n2,1\n3,3\n");
        assertArrayEquals(new String[] {"2", "1", "3"}, data.classNames());
        assertEquals(1, data.dataset().label(1));
    }

    @Test
    void labelColumnByNameAndRegression() {
        CsvData data = CsvReader.regression().labelColumn("y").read("r.csv", "y,x1,x2\n1.5,10,20\n-2,30,40\n");
        Dataset d = data.dataset();
        assertFalse(d.isClassification());
        assertEquals(1, d.targetWidth());
        assertEquals(1.5f, d.target(0, 0));
        assertEquals(-2f, d.target(1, 0));
        assertEquals("x1", d.featureName(0));
        assertEquals(30f, d.feature(1, 0));
        assertEquals(40f, d.feature(1, 1));
        assertEquals(0, data.classNames().length);
    }

    @Test
    void percentagesAreFractions() {
        Dataset d = CsvReader.regression().read("p.csv", "quiz,exam\n78%,93%\n6.5 %,100%\n").dataset();
        assertEquals(0.78f, d.feature(0, 0));
        assertEquals(0.93f, d.target(0, 0));
        assertEquals(0.065f, d.feature(1, 0));
        assertEquals(1f, d.target(1, 0));
    }

    @Test
    void quotesBlankLinesCrLfAndWhitespace() {
        String text = "\uFEFF \"size, m2\" , \"say \"\"hi\"\"\",label\r\n\r\n  1 ,\t\"2\" , a \r\n   \n3,4,\"b,c\"\r\n";
        CsvData data = CsvReader.classification().read("q.csv", text);
        Dataset d = data.dataset();
        assertEquals("size, m2", d.featureName(0));
        assertEquals("say \"hi\"", d.featureName(1));
        assertEquals(2, d.size());
        assertEquals(1f, d.feature(0, 0));
        assertEquals(2f, d.feature(0, 1));
        assertArrayEquals(new String[] {"a", "b,c"}, data.classNames());
    }

    @Test
    void raggedRowNamesLine() {
        CsvFormatException e = classificationError("x1,x2,label\n1,2,0\n\n1,2,1\n1,0\n");
        assertEquals("data.csv: line 5 has 2 values but the header has 3 columns; give every row one value per"
                + " column (wrap a value that contains a comma in double quotes)", e.getMessage());
        assertEquals(5, e.line());
    }

    @Test
    void nonNumberNamesLineColumnAndText() {
        CsvFormatException e = classificationError("x1,x2,label\n1,2,0\n\r\n1,abc,1\n");
        assertEquals("data.csv: line 4, column 2 ('x2'): 'abc' is not a number; write a number such as 3.5, -2"
                + " or 1e-3 (78% reads as 0.78)", e.getMessage());
        assertEquals(4, e.line());
        assertEquals(2, e.column());
    }

    @Test
    void lookalikesOfNumbersAreRejected() {
        for (String bad : new String[] {"NaN", "Infinity", "1f", "0x10", "1e", ".", "-", "1.2.3", "%", "1,5"}) {
            String cell = bad.contains(",") ? "\"" + bad + "\"" : bad;
            CsvFormatException e = classificationError("x,label\n" + cell + ",1\n2,0\n");
            assertTrue(e.getMessage().contains("line 2, column 1 ('x'): '" + bad + "' is not a number"),
                    e.getMessage());
        }
    }

    @Test
    void emptyValueAndHugeValue() {
        CsvFormatException empty = classificationError("x,label\n,1\n2,0\n");
        assertTrue(empty.getMessage().startsWith("data.csv: line 2, column 1 ('x'): the value is empty"),
                empty.getMessage());
        CsvFormatException huge = classificationError("x,label\n1e39,1\n2,0\n");
        assertTrue(huge.getMessage().contains("line 2, column 1 ('x'): '1e39' is too large"), huge.getMessage());
    }

    @Test
    void oneColumnIsNotADataset() {
        CsvFormatException e = classificationError("label\n1\n0\n");
        assertEquals("data.csv: the header has only one column ('label'); a dataset needs at least one feature"
                + " column and a label column, separated by commas", e.getMessage());
    }

    @Test
    void emptyFile() {
        for (String text : new String[] {"", "\n\n  \r\n"}) {
            CsvFormatException e = classificationError(text);
            assertTrue(e.getMessage().startsWith("data.csv: the file is empty; expected a header line"),
                    e.getMessage());
        }
    }

    @Test
    void headerOnly() {
        CsvFormatException e = classificationError("x1,x2,label\n\n");
        assertEquals("data.csv: the file has a header but no data rows; add one line of values per sample below"
                + " the header", e.getMessage());
    }

    @Test
    void missingLabelColumnListsTheColumns() {
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> CsvReader.classification().labelColumn("Price").read("h.csv", "sqft,price\n1,2\n"));
        assertEquals("h.csv: there is no column named 'Price' to use as the label; the header has: sqft, price"
                + " (names must match exactly, including case)", e.getMessage());
    }

    @Test
    void singleClassAndEmptyLabel() {
        CsvFormatException single = classificationError("x,label\n1,yes\n2,yes\n");
        assertTrue(single.getMessage().contains("the label column 'label' has only one class ('yes')"),
                single.getMessage());
        CsvFormatException empty = classificationError("x,label\n1,yes\n2,\n");
        assertEquals("data.csv: line 3, column 2 ('label'): the label is empty; every row needs a class label",
                empty.getMessage());
    }

    @Test
    void unclosedQuoteAndTextAfterQuote() {
        CsvFormatException open = classificationError("x,label\n\"1,0\n");
        assertTrue(open.getMessage().startsWith("data.csv: line 2, column 1: the quote that opens '1,0' is never"
                + " closed"), open.getMessage());
        CsvFormatException after = classificationError("x,label\n\"1\"2,0\n");
        assertTrue(after.getMessage().startsWith("data.csv: line 2, column 1: unexpected text after a closing"
                + " quote: '2,0'"), after.getMessage());
    }
}
