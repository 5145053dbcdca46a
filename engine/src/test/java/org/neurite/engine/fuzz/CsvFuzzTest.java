package org.neurite.engine.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.neurite.engine.data.CsvData;
import org.neurite.engine.data.CsvFormatException;
import org.neurite.engine.data.CsvParser;
import org.neurite.engine.data.CsvReader;
import org.neurite.engine.data.DataTable;

/** The CSV reader over mutated and random text: a dataset or a {@link CsvFormatException}, nothing else. */
class CsvFuzzTest {
    private static final List<String> SEEDS = List.of(
            "x1,x2,label\n0.5,1,a\n-2,3e-2,b\n1,78%,a\n",
            "hours,score\r\n1,52\r\n2,61\r\n3,70\r\n",
            "\uFEFF\"a, b\",c,label\n\"1\",2,0\n3,\"4\",1\n\n5,6,1\n",
            "size,rooms,price\n120,3,250000\n80,2,190000\n",
            "a,b\n1,x\n2,y\n3,z\n");

    @Test
    void anyTextIsReadOrRefusedWithAMessage() {
        Random choice = new Random(5);
        FuzzRun.run("csv", TextFuzz.inputs(4, SEEDS, "0123456789.,-+e%\"\n\r \tabcxlNnIfiy", 200), text -> {
            CsvReader reader = switch (choice.nextInt(4)) {
                case 0 -> CsvReader.regression();
                case 1 -> CsvReader.classification().labelColumn(choice.nextBoolean() ? "label" : "x1");
                default -> CsvReader.classification();
            };
            CsvData data = reader.read("fuzz.csv", text);
            DataTable table = CsvParser.parse("fuzz.csv", text);
            assertEquals(table.rowCount(), data.dataset().size());
        }, 64, CsvFormatException.class);
    }
}
