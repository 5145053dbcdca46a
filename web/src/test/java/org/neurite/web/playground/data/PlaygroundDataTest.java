package org.neurite.web.playground.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurite.engine.data.CsvData;
import org.neurite.engine.data.CsvFormatException;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.data.Generators2D;
import org.neurite.engine.data.InputFeatures;
import org.neurite.engine.random.Rng;
import org.neurite.web.playground.model.Problem;
import org.neurite.web.playground.state.PointList;

class PlaygroundDataTest {
    private static Dataset circle() {
        return Generators2D.circle(100, 0f, new Rng(1));
    }

    private static PlaygroundData of(Dataset base, int[] removed, String added) {
        return PlaygroundData.of("circle", base, 0.5f, 42, removed, PointList.parse(added));
    }

    @Test
    void theSplitIsSeededAndErasingMovesNoOtherPoint() {
        PlaygroundData whole = of(circle(), new int[0], "");
        assertEquals(100, whole.count());
        assertEquals(50, whole.trainCount());
        assertEquals(whole.trainCount(), of(circle(), new int[0], "").trainCount());
        PlaygroundData erased = of(circle(), new int[] {0}, "");
        assertEquals(99, erased.count());
        for (int i = 1; i < 100; i++) {
            assertEquals(whole.isTest(i), erased.isTest(i - 1), "point " + i + " keeps its side");
            assertEquals(i, erased.baseIndex(i - 1));
        }
    }

    @Test
    void addedPointsTrainAndTheirLabelsMustFit() {
        PlaygroundData data = of(circle(), new int[0], "1,2,1;3,4,0;5,5,7;1,1,0.5");
        assertEquals(102, data.count(), "class 7 and class 0.5 do not exist in a 2-class dataset");
        assertTrue(data.isAdded(100));
        assertEquals(1, data.addedIndex(101));
        assertFalse(data.isTest(100));
        assertEquals(52, data.trainCount());
        Dataset train = data.train(InputFeatures.parse("x1,x2,x1x2"));
        assertEquals(52, train.size());
        assertEquals(3, train.featureCount());
        assertEquals(12f, train.feature(51, 2), "3 x 4 for the second added point");
        assertEquals(0, train.label(51));
    }

    @Test
    void nearestFindsThePointWithinReach() {
        PlaygroundData data = of(circle(), new int[0], "5.5,5.5,1");
        assertEquals(100, data.nearest(5.4f, 5.6f, 0.5f));
        assertEquals(-1, data.nearest(5.4f, 5.6f, 0.05f));
    }

    @Test
    void problemExtentAndScaleComeFromTheData() {
        Dataset plane = Dataset.regression("big", new float[] {10f, -20f, 1f, 1f}, new int[] {2},
                new float[] {4f, -1f}, 1, "x1", "x2");
        PlaygroundData data = PlaygroundData.of("big", plane, 0.5f, 1, new int[0], PointList.parse(""));
        assertEquals(Problem.REGRESSION, data.problem());
        assertEquals(30f, data.extent());
        assertEquals(4f, data.valueScale());
        assertEquals(1, data.testCount());
        PlaygroundData onlyTrain = PlaygroundData.of("c", circle(), 0.5f, 1, new int[0], PointList.parse(""));
        assertTrue(onlyTrain.test(InputFeatures.COORDINATES) != null);
    }

    @Test
    void withoutTestPointsThereIsNoTestSet() {
        Dataset two = Dataset.classification("two", new float[] {1f, 1f, -1f, -1f}, new int[] {2}, new int[] {1, 0}, 2);
        PlaygroundData data = PlaygroundData.of("two", two, 0.5f, 1, new int[] {0, 1}, PointList.parse("1,1,1"));
        assertEquals(0, data.testCount());
        assertNull(data.test(InputFeatures.COORDINATES));
        assertEquals(1, data.pointsForDownload().length);
    }

    @Test
    void csvPointsReadClassesTargetsAndRefuseWhatTheyCannotDraw() {
        CsvData animals = CsvPoints.read("a.csv", "x,y,kind\n1,2,cat\n3,4,dog\n5,6,cat\n");
        assertEquals(2, animals.dataset().classCount());
        PlaygroundData named = PlaygroundData.of("a.csv", animals.dataset(), 0.5f, 1, new int[0], PointList.parse(""))
                .withClassNames(animals.classNames());
        assertEquals("cat", named.className(0));
        assertEquals("dog", named.className(1));
        PlaygroundData numbered = PlaygroundData.of("c", circle(), 0.5f, 1, new int[0], PointList.parse(""));
        assertEquals("class 1", numbered.className(1), "generated classes have only their index");
        Dataset targets = CsvPoints.read("b.csv", "x,y,height\n1,2,0.5\n3,4,-1\n").dataset();
        assertFalse(targets.isClassification());
        assertEquals(-1f, targets.target(1, 0));
        CsvFormatException ragged = assertThrows(CsvFormatException.class,
                () -> CsvPoints.read("c.csv", "x,y,l\n1,2\n"));
        assertEquals(2, ragged.line());
        IllegalArgumentException wide = assertThrows(IllegalArgumentException.class,
                () -> CsvPoints.read("d.csv", "a,b,c,l\n1,2,3,0\n1,2,3,1\n"));
        assertEquals("d.csv: the Playground needs exactly two feature columns (x1, x2) and a label column, but this"
                + " file has 3 feature columns before its label ('a', 'b', 'c'); keep two feature columns and put the"
                + " label last", wide.getMessage());
        StringBuilder many = new StringBuilder("x,y,l\n");
        for (int i = 0; i < 7; i++) {
            many.append(i).append(',').append(i).append(",k").append(i).append('\n');
        }
        IllegalArgumentException colours = assertThrows(IllegalArgumentException.class,
                () -> CsvPoints.read("e.csv", many.toString()));
        assertTrue(colours.getMessage().startsWith("e.csv: the label column has 7 different labels"),
                colours.getMessage());
    }
}
