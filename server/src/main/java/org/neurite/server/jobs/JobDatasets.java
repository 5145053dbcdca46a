package org.neurite.server.jobs;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neurite.engine.data.CsvFormatException;
import org.neurite.engine.data.CsvReader;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.data.Generators2D;
import org.neurite.engine.random.Rng;
import org.neurite.server.http.ApiException;
import org.neurite.server.mnist.MnistAvailability;

/**
 * Turns the {@code dataset} of a job request into engine datasets: MNIST from the server's files, a 2D
 * generator of the Playground, or CSV text. The engine generates and parses; this class checks the request's
 * fields and names the one that is wrong.
 */
final class JobDatasets {
    static final String MNIST = "mnist";
    static final String CSV = "csv";
    /** Share of a generated or CSV dataset trained on; the rest scores each epoch. */
    static final float TRAIN_SHARE = 0.8f;
    static final int DEFAULT_SAMPLES = 400;
    /** Enough for any 2D picture; more only makes epochs slower. */
    static final int MAX_SAMPLES = 100_000;
    static final int MIN_SAMPLES = 10;

    private final MnistDatasets mnist;

    JobDatasets(MnistAvailability availability) {
        this.mnist = new MnistDatasets(availability);
    }

    TrainingData resolve(DatasetRequest request) {
        if (request == null || request.name() == null || request.name().isBlank()) {
            throw ApiException.badRequest("The request has no dataset name (field 'dataset.name')",
                    "Give \"dataset\": {\"name\": \"mnist\"}, a 2D dataset such as {\"name\": \"spiral\"}, or"
                            + " {\"name\": \"csv\", \"csv\": \"...\"}. Names: " + names() + ".");
        }
        String name = request.name().trim();
        if (name.equals(MNIST)) {
            onlyFields(request, MNIST, List.of());
            return mnist.get();
        }
        if (name.equals(CSV)) {
            onlyFields(request, CSV, List.of("seed", "csv", "label"));
            return csv(request);
        }
        if (Arrays.asList(Generators2D.NAMES).contains(name)) {
            onlyFields(request, name, name.equals("multiclass") ? List.of("seed", "noise", "samples", "classes")
                    : List.of("seed", "noise", "samples"));
            return generated(name, request);
        }
        throw ApiException.badRequest("Unknown dataset '" + shorten(name) + "' (field 'dataset.name')",
                "Choose one of: " + names() + ".");
    }

    private static TrainingData generated(String name, DatasetRequest request) {
        int seed = request.seed() == null ? 1 : request.seed();
        int samples = request.samples() == null ? DEFAULT_SAMPLES : request.samples();
        double noise = request.noise() == null ? 0 : request.noise();
        int classes = request.classes() == null ? Generators2D.DEFAULT_CLASSES : request.classes();
        if (samples < MIN_SAMPLES || samples > MAX_SAMPLES) {
            throw field("samples", samples + " samples is outside " + MIN_SAMPLES + " to " + MAX_SAMPLES,
                    "A few hundred draw a clear picture; try 400.");
        }
        if (!(noise >= 0 && noise <= Generators2D.MAX_NOISE)) {
            throw field("noise", "noise " + noise + " is outside 0 to " + Generators2D.MAX_NOISE,
                    "0 is clean data; 0.1 to 0.3 makes it harder.");
        }
        if (classes < Generators2D.MIN_CLASSES || classes > Generators2D.MAX_CLASSES) {
            throw field("classes", classes + " classes is outside " + Generators2D.MIN_CLASSES + " to "
                    + Generators2D.MAX_CLASSES, "Try 4.");
        }
        Rng rng = new Rng(seed);
        Dataset all = Generators2D.byName(name, samples, (float) noise, classes, rng);
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("name", name);
        description.put("seed", seed);
        description.put("noise", noise);
        description.put("samples", samples);
        if (name.equals("multiclass")) {
            description.put("classes", classes);
        }
        return split(all, rng, description);
    }

    private static TrainingData csv(DatasetRequest request) {
        if (request.csv() == null || request.csv().isBlank()) {
            throw field("csv", "the csv dataset has no text", "Put the whole CSV file, header line first, in"
                    + " \"csv\" (newlines written as \\n in JSON).");
        }
        int seed = request.seed() == null ? 1 : request.seed();
        CsvReader reader = CsvReader.classification();
        if (request.label() != null) {
            reader = reader.labelColumn(request.label());
        }
        Dataset all;
        try {
            all = reader.read("dataset.csv", request.csv()).dataset();
        } catch (CsvFormatException | IllegalArgumentException e) {
            throw field("csv", e.getMessage(), "Every column but the label must be numeric; the label column is"
                    + " the last one unless \"label\" names another.");
        }
        if (all.size() < 2) {
            throw field("csv", "the CSV has " + all.size() + " data row(s)", "Give at least two rows: one to train"
                    + " on and one to score.");
        }
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("name", CSV);
        description.put("seed", seed);
        description.put("label", request.label());
        description.put("rows", all.size());
        return split(all, new Rng(seed), description);
    }

    private static TrainingData split(Dataset all, Rng rng, Map<String, Object> description) {
        Dataset.Split split = all.split(TRAIN_SHARE, rng);
        description.put("train", split.train.size());
        description.put("test", split.test.size());
        return new TrainingData(split.train, split.test, description);
    }

    /** Refuses fields the named dataset does not use, so a typo in a setting is not silently ignored. */
    private static void onlyFields(DatasetRequest request, String name, List<String> allowed) {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("seed", request.seed());
        given.put("noise", request.noise());
        given.put("samples", request.samples());
        given.put("classes", request.classes());
        given.put("csv", request.csv());
        given.put("label", request.label());
        for (Map.Entry<String, Object> field : given.entrySet()) {
            if (field.getValue() != null && !allowed.contains(field.getKey())) {
                throw field(field.getKey(), "dataset '" + name + "' has no setting '" + field.getKey() + "'",
                        "Leave it out; " + name + (allowed.isEmpty() ? " takes only its name."
                                : " takes " + String.join(", ", allowed) + "."));
            }
        }
    }

    private static ApiException field(String field, String problem, String hint) {
        return ApiException.badRequest(problem + " (field 'dataset." + field + "')", hint);
    }

    static String names() {
        return MNIST + ", " + String.join(", ", Generators2D.NAMES) + ", " + CSV;
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
