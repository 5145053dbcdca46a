package org.neurite.engine.data;

/**
 * TensorFlow Playground's input features: what the network sees of a 2D point (x1, x2). Any subset of
 * x1, x2, x1², x2², x1·x2, sin x1 and sin x2, always in that order, so the same choice gives the same
 * columns (and the same first-layer weights) however it was written.
 *
 * <pre>{@code
 * InputFeatures features = InputFeatures.parse("x1,x2,x1x2");
 * Dataset seen = features.apply(points);   // 3 features per sample
 * }</pre>
 */
public final class InputFeatures {
    /** One feature: its id (as in URLs and specs), its label (as a person reads it) and its formula. */
    public enum Feature {
        X1("x1", "x₁"),
        X2("x2", "x₂"),
        X1_SQUARED("x1sq", "x₁²"),
        X2_SQUARED("x2sq", "x₂²"),
        X1_TIMES_X2("x1x2", "x₁x₂"),
        SIN_X1("sinx1", "sin x₁"),
        SIN_X2("sinx2", "sin x₂");

        private final String id;
        private final String label;

        Feature(String id, String label) {
            this.id = id;
            this.label = label;
        }

        public String id() {
            return id;
        }

        public String label() {
            return label;
        }

        /** The feature's value at (x1, x2). Sines in double and rounded once, as {@code Activation} does. */
        public float valueAt(float x1, float x2) {
            switch (this) {
                case X1: return x1;
                case X2: return x2;
                case X1_SQUARED: return x1 * x1;
                case X2_SQUARED: return x2 * x2;
                case X1_TIMES_X2: return x1 * x2;
                case SIN_X1: return (float) Math.sin(x1);
                default: return (float) Math.sin(x2);
            }
        }

        /** The feature with {@code id}; the error lists the allowed ids. */
        public static Feature byId(String id) {
            for (Feature f : values()) {
                if (f.id.equals(id)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown input feature '" + id + "' (allowed: " + allowedIds() + ")");
        }

        public static String allowedIds() {
            StringBuilder sb = new StringBuilder();
            for (Feature f : values()) {
                sb.append(sb.length() > 0 ? ", " : "").append(f.id);
            }
            return sb.toString();
        }
    }

    /** Declared before {@link #COORDINATES}, whose construction reads it. */
    private static final Feature[] ALL = Feature.values();

    /** Playground's start: the two coordinates. */
    public static final InputFeatures COORDINATES = of(Feature.X1, Feature.X2);

    /** Bit {@code f.ordinal()} is set for each chosen feature. */
    private final int mask;
    private final Feature[] chosen;

    private InputFeatures(int mask) {
        this.mask = mask;
        this.chosen = new Feature[Integer.bitCount(mask)];
        for (int i = 0, j = 0; i < ALL.length; i++) {
            if ((mask & (1 << i)) != 0) {
                chosen[j++] = ALL[i];
            }
        }
    }

    /** The chosen features (at least one), kept in the canonical order whatever order they are given in. */
    public static InputFeatures of(Feature... features) {
        int mask = 0;
        for (Feature f : features) {
            mask |= 1 << f.ordinal();
        }
        if (mask == 0) {
            throw new IllegalArgumentException("choose at least one input feature (allowed: "
                    + Feature.allowedIds() + ")");
        }
        return new InputFeatures(mask);
    }

    /** Comma-separated ids such as {@code "x1,x2,sinx1"}; errors name the unknown id. */
    public static InputFeatures parse(String ids) {
        Feature[] given = new Feature[ids.length() / 2 + 1];
        int count = 0;
        int start = 0;
        while (start <= ids.length()) {
            int comma = ids.indexOf(',', start);
            int end = comma < 0 ? ids.length() : comma;
            String id = ids.substring(start, end).trim();
            if (!id.isEmpty()) {
                given[count++] = Feature.byId(id);
            }
            start = end + 1;
        }
        Feature[] features = new Feature[count];
        System.arraycopy(given, 0, features, 0, count);
        return of(features);
    }

    /** How many features the network receives. */
    public int count() {
        return chosen.length;
    }

    /** The {@code j}-th chosen feature. */
    public Feature feature(int j) {
        return chosen[j];
    }

    public boolean contains(Feature feature) {
        return (mask & (1 << feature.ordinal())) != 0;
    }

    /** These features with {@code feature} added or removed; removing the last one is refused. */
    public InputFeatures toggle(Feature feature) {
        int toggled = mask ^ (1 << feature.ordinal());
        if (toggled == 0) {
            throw new IllegalArgumentException("the network needs at least one input feature; turn another on"
                    + " before turning " + feature.id() + " off");
        }
        return new InputFeatures(toggled);
    }

    /** Comma-separated ids, the form {@link #parse} reads. */
    public String ids() {
        StringBuilder sb = new StringBuilder();
        for (Feature f : chosen) {
            sb.append(sb.length() > 0 ? "," : "").append(f.id());
        }
        return sb.toString();
    }

    /**
     * Writes the features of {@code n} points into {@code out}, row after row ({@code n x count()} values);
     * {@code xy} holds the points as x1, x2 pairs.
     */
    public void transform(float[] xy, int n, float[] out) {
        int width = chosen.length;
        for (int i = 0; i < n; i++) {
            float x1 = xy[2 * i];
            float x2 = xy[2 * i + 1];
            for (int j = 0; j < width; j++) {
                out[i * width + j] = chosen[j].valueAt(x1, x2);
            }
        }
    }

    /** The dataset as the network sees it: the same samples and labels, these features instead of x1, x2. */
    public Dataset apply(Dataset points) {
        if (points.featureCount() != 2) {
            throw new IllegalArgumentException("input features are computed from 2D points, but dataset '"
                    + points.name() + "' has " + points.featureCount() + " features per sample");
        }
        int n = points.size();
        float[] xy = new float[2 * n];
        points.copyFeatures(Dataset.identityOrder(n), 0, n, xy);
        float[] out = new float[n * chosen.length];
        transform(xy, n, out);
        String[] names = new String[chosen.length];
        for (int j = 0; j < names.length; j++) {
            names[j] = chosen[j].id();
        }
        int[] shape = {chosen.length};
        if (points.isClassification()) {
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = points.label(i);
            }
            return Dataset.classification(points.name(), out, shape, labels, points.classCount(), names);
        }
        int width = points.targetWidth();
        float[] targets = new float[n * width];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < width; j++) {
                targets[i * width + j] = points.target(i, j);
            }
        }
        return Dataset.regression(points.name(), out, shape, targets, width, names);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InputFeatures && ((InputFeatures) other).mask == mask;
    }

    @Override
    public int hashCode() {
        return mask;
    }

    @Override
    public String toString() {
        return ids();
    }
}
