package org.neurite.web.playground.data;

import org.neurite.engine.data.Dataset;
import org.neurite.engine.data.Grid2D;
import org.neurite.engine.data.InputFeatures;
import org.neurite.engine.random.Rng;
import org.neurite.web.playground.model.Problem;
import org.neurite.web.playground.state.PointList;

/**
 * The points on the page: a base set (generated or uploaded) split into train and test, minus the points
 * someone erased, plus the points they added (always training points: you add a point to see the network
 * bend around it). The split is drawn before anything is erased, so erasing one point never moves others
 * between train and test.
 */
public final class PlaygroundData {
    private final String source;
    private final Problem problem;
    private final int classCount;
    private final float extent;
    private final float valueScale;
    private final int baseCount;
    /** Every point shown: kept base points in base order, then the added ones. */
    private final float[] xy;
    private final float[] values;
    private final boolean[] test;
    private final int[] origin;
    private final int count;
    /** The uploaded file's label texts by class index ("cat", "dog"); empty for generated data. */
    private String[] classNames = new String[0];

    private PlaygroundData(String source, Dataset base, boolean[] isTest, boolean[] removed, PointList added) {
        this.source = source;
        this.problem = Problem.of(base);
        this.classCount = base.classCount();
        this.baseCount = base.size();
        int capacity = base.size() + added.size();
        this.xy = new float[2 * capacity];
        this.values = new float[capacity];
        this.test = new boolean[capacity];
        this.origin = new int[capacity];
        int n = 0;
        for (int i = 0; i < base.size(); i++) {
            if (!removed[i]) {
                put(n++, base.feature(i, 0), base.feature(i, 1), valueOf(base, i), isTest[i], i);
            }
        }
        for (int k = 0; k < added.size(); k++) {
            if (fits(added.label(k))) {
                put(n++, added.x1(k), added.x2(k), added.label(k), false, -1 - k);
            }
        }
        this.count = n;
        this.extent = Grid2D.extentCovering(base);
        this.valueScale = problem == Problem.REGRESSION ? largestMagnitude(base) : 1f;
    }

    /**
     * @param base        the 2D points before any edit
     * @param trainShare  share of the base points that train (0..1)
     * @param splitSeed   seeds the train/test split
     * @param removed     base indices erased
     * @param added       points added by clicking
     */
    public static PlaygroundData of(String source, Dataset base, float trainShare, int splitSeed, int[] removed,
                                    PointList added) {
        if (base.featureCount() != 2) {
            throw new IllegalArgumentException("the Playground draws 2D points, but '" + source + "' has "
                    + base.featureCount() + " features per sample");
        }
        boolean[] isTest = splitMarks(base.size(), trainShare, splitSeed);
        boolean[] gone = new boolean[base.size()];
        for (int index : removed) {
            if (index >= 0 && index < gone.length) {
                gone[index] = true;
            }
        }
        return new PlaygroundData(source, base, isTest, gone, added);
    }

    /** The same points, their classes named by {@code names} (an uploaded file's label texts). */
    public PlaygroundData withClassNames(String[] names) {
        classNames = names.clone();
        return this;
    }

    /**
     * What a person calls class {@code k}: the file's label when it is a word ("cat"), else "class k" (a file
     * labelled 0 and 1 and the generators say nothing more than the index).
     */
    public String className(int k) {
        boolean named = k < classNames.length && !classNames[k].equals(Integer.toString(k));
        return named ? classNames[k] : "class " + k;
    }

    /** Marks the test points: a seeded shuffle, the first {@code trainShare} of it trains (at least 1 each). */
    private static boolean[] splitMarks(int size, float trainShare, int seed) {
        int[] order = Dataset.identityOrder(size);
        new Rng(seed).shuffle(order);
        int trainCount = size < 2 ? size : Math.max(1, Math.min(size - 1, Math.round(size * trainShare)));
        boolean[] isTest = new boolean[size];
        for (int i = trainCount; i < size; i++) {
            isTest[order[i]] = true;
        }
        return isTest;
    }

    private void put(int n, float x1, float x2, float value, boolean isTest, int from) {
        xy[2 * n] = x1;
        xy[2 * n + 1] = x2;
        values[n] = value;
        test[n] = isTest;
        origin[n] = from;
    }

    private boolean fits(float label) {
        if (problem == Problem.REGRESSION) {
            return !Float.isNaN(label) && !Float.isInfinite(label);
        }
        return label == (int) label && label >= 0 && label < classCount;
    }

    private static float valueOf(Dataset base, int i) {
        return base.isClassification() ? base.label(i) : base.target(i, 0);
    }

    private static float largestMagnitude(Dataset base) {
        float largest = 1f;
        for (int i = 0; i < base.size(); i++) {
            largest = Math.max(largest, Math.abs(base.target(i, 0)));
        }
        return largest;
    }

    /** Where the data came from: a generator's name or the uploaded file's. */
    public String source() {
        return source;
    }

    public Problem problem() {
        return problem;
    }

    /** Classes of a classification problem; 0 for regression. */
    public int classCount() {
        return classCount;
    }

    /** Half the side of the square that holds every point (6 for the generators). */
    public float extent() {
        return extent;
    }

    /** The magnitude that maps to full colour: 1 for classes and the generators' targets, larger for uploads. */
    public float valueScale() {
        return valueScale;
    }

    /** Points shown, train and test. */
    public int count() {
        return count;
    }

    public float x1(int i) {
        return xy[2 * i];
    }

    public float x2(int i) {
        return xy[2 * i + 1];
    }

    /** The class index (classification) or target (regression) of point {@code i}. */
    public float value(int i) {
        return values[i];
    }

    public boolean isTest(int i) {
        return test[i];
    }

    /** Whether point {@code i} was added by clicking. */
    public boolean isAdded(int i) {
        return origin[i] < 0;
    }

    /** The position of an added point in the added list. */
    public int addedIndex(int i) {
        return -1 - origin[i];
    }

    /** The index of a base point in the base set (what {@code removed} lists). */
    public int baseIndex(int i) {
        return origin[i];
    }

    /** Points in the base set, before edits. */
    public int baseCount() {
        return baseCount;
    }

    public int trainCount() {
        int n = 0;
        for (int i = 0; i < count; i++) {
            n += test[i] ? 0 : 1;
        }
        return n;
    }

    public int testCount() {
        return count - trainCount();
    }

    /** The point nearest (x1, x2) within {@code radius}, or -1. */
    public int nearest(float x1, float x2, float radius) {
        int best = -1;
        float bestDistance = radius * radius;
        for (int i = 0; i < count; i++) {
            float dx = xy[2 * i] - x1;
            float dy = xy[2 * i + 1] - x2;
            float d = dx * dx + dy * dy;
            if (d <= bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    /** The training points as the network sees them, through {@code features}. */
    public Dataset train(InputFeatures features) {
        return features.apply(points(false, source + " (train)"));
    }

    /** The test points through {@code features}, or null when there are none. */
    public Dataset test(InputFeatures features) {
        return testCount() == 0 ? null : features.apply(points(true, source + " (test)"));
    }

    /** Train and test points as 2D datasets, for the CSV download. */
    public Dataset[] pointsForDownload() {
        Dataset train = points(false, source);
        return testCount() == 0 ? new Dataset[] {train} : new Dataset[] {train, points(true, source)};
    }

    private Dataset points(boolean testPoints, String name) {
        int n = testPoints ? testCount() : trainCount();
        float[] f = new float[2 * n];
        int[] labels = new int[n];
        float[] targets = new float[n];
        for (int i = 0, j = 0; i < count; i++) {
            if (test[i] == testPoints) {
                f[2 * j] = xy[2 * i];
                f[2 * j + 1] = xy[2 * i + 1];
                labels[j] = (int) values[i];
                targets[j] = values[i];
                j++;
            }
        }
        int[] shape = {2};
        return problem == Problem.REGRESSION
                ? Dataset.regression(name, f, shape, targets, 1, "x1", "x2")
                : Dataset.classification(name, f, shape, labels, classCount, "x1", "x2");
    }
}
