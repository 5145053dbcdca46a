package org.neurite.engine.lessons;

import org.neurite.engine.data.Dataset;

/**
 * Rescales each feature to mean 0 and standard deviation 1, so one learning rate suits every weight: the
 * housing table's square feet (about 1,000) and bedrooms (about 3) would otherwise need learning rates a
 * million times apart. A feature that never changes is only centred.
 */
public final class Standardizer {
    private final double[] means;
    private final double[] deviations;

    private Standardizer(double[] means, double[] deviations) {
        this.means = means;
        this.deviations = deviations;
    }

    /** The mean and (population) standard deviation of each feature of {@code data}. */
    public static Standardizer fit(Dataset data) {
        int width = data.featureCount();
        int n = data.size();
        double[] means = new double[width];
        double[] deviations = new double[width];
        for (int j = 0; j < width; j++) {
            double sum = 0;
            for (int r = 0; r < n; r++) {
                sum += data.feature(r, j);
            }
            double mean = sum / n;
            double squares = 0;
            for (int r = 0; r < n; r++) {
                double d = data.feature(r, j) - mean;
                squares += d * d;
            }
            double deviation = Math.sqrt(squares / n);
            means[j] = mean;
            deviations[j] = deviation > 0 ? deviation : 1;
        }
        return new Standardizer(means, deviations);
    }

    /** A copy of the regression dataset {@code data} with every feature standardized; targets unchanged. */
    public Dataset apply(Dataset data) {
        if (data.isClassification() || data.featureCount() != means.length) {
            throw new IllegalArgumentException("expected a regression dataset with " + means.length
                    + " features, got '" + data.name() + "' with " + data.featureCount());
        }
        int width = means.length;
        float[] features = new float[data.size() * width];
        String[] names = new String[width];
        for (int j = 0; j < width; j++) {
            names[j] = data.featureName(j);
            for (int r = 0; r < data.size(); r++) {
                features[r * width + j] = (float) ((data.feature(r, j) - means[j]) / deviations[j]);
            }
        }
        float[] targets = new float[data.size() * data.targetWidth()];
        for (int r = 0; r < data.size(); r++) {
            for (int k = 0; k < data.targetWidth(); k++) {
                targets[r * data.targetWidth() + k] = data.target(r, k);
            }
        }
        return Dataset.regression(data.name() + " (standardized)", features, data.featureShape(), targets,
                data.targetWidth(), names);
    }

    public double mean(int feature) {
        return means[feature];
    }

    /** The standard deviation of the feature (1 for a constant feature). */
    public double deviation(int feature) {
        return deviations[feature];
    }
}
