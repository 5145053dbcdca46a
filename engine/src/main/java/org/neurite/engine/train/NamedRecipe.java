package org.neurite.engine.train;

/**
 * The recipes with names: the Studio's presets and the benchmark workloads. Each is written in the recipe's
 * own text form, so a link, the server and the benchmarks read exactly what the Studio trains.
 */
public enum NamedRecipe {
    /** The classic 784-128-10 MLP, with dropout against over-fitting; 97.5% after 3 epochs, 98% by about 10. */
    MLP("mlp", "MLP", true, "optimizer=adam&lr=0.001&decay=0.2&batch=32&epochs=12&spec=input 1x28x28 | flatten"
            + " | dense 128 relu | dropout 0.2 | dense 10 linear | loss softmaxCrossEntropy"),
    /** Two hidden layers with dropout; 98% in a few epochs. */
    DEEPER_MLP("deeper-mlp", "Deeper MLP", true, "optimizer=adam&lr=0.001&decay=0.1&batch=64&epochs=8&spec=input"
            + " 1x28x28 | flatten | dense 256 relu | dropout 0.2 | dense 128 relu | dense 10 linear"
            + " | loss softmaxCrossEntropy"),
    /**
     * A CNN a class can wait for: two 3x3 convolutions of 8 and 16 filters with pooling and a small dense layer,
     * Adam, two epochs; 98.5% in a few minutes in a browser (3x3 filters cost a third of 5x5 ones).
     */
    QUICK_CNN("quick-cnn", "Quick CNN", true, "optimizer=adam&lr=0.002&decay=0.5&batch=32&epochs=2&spec=input"
            + " 1x28x28 | conv 8 3 relu | maxpool 2 | conv 16 3 relu | maxpool 2 | flatten | dense 64 relu"
            + " | dense 10 linear | loss softmaxCrossEntropy"),
    /** LeNet-like: two 5x5 convolutions with pooling, a dense layer with dropout; 99% in a few epochs. */
    CNN("cnn", "CNN", true, "optimizer=adam&lr=0.001&decay=0.3&batch=64&epochs=5&spec=input 1x28x28"
            + " | conv 16 5 relu | maxpool 2 | conv 32 5 relu | maxpool 2 | flatten | dense 128 relu | dropout 0.3"
            + " | dense 10 linear | loss softmaxCrossEntropy"),
    /**
     * Benchmark W1, exactly as the peer baselines run it: MLP 784-128-10, Glorot-uniform weights, plain SGD at
     * 0.1, batch 64, one epoch over all 60,000 images in file order.
     */
    W1("w1", "MLP 784-128-10", false, "optimizer=sgd&lr=0.1&batch=64&epochs=1&shuffle=false"
            + "&spec=input 784 | dense 128 relu init=glorot | dense 10 linear | loss softmaxCrossEntropy"),
    /**
     * Benchmark W2: conv 5x5x8 same + ReLU, maxpool 2, conv 5x5x16 same + ReLU, maxpool 2, dense 10; SGD 0.05,
     * batch 64, one epoch over the first 10,000 images in file order.
     */
    W2("w2", "small CNN", false, "optimizer=sgd&lr=0.05&batch=64&epochs=1&shuffle=false&limit=10000"
            + "&spec=input 1x28x28 | conv 8 5 relu init=glorot | maxpool 2 | conv 16 5 relu init=glorot | maxpool 2"
            + " | dense 10 linear | loss softmaxCrossEntropy");

    private final String id;
    private final String title;
    private final boolean preset;
    private final String text;

    NamedRecipe(String id, String title, boolean preset, String text) {
        this.id = id;
        this.title = title;
        this.preset = preset;
        this.text = text;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** Whether the Studio offers it as a preset (the workloads are for the benchmarks). */
    public boolean isPreset() {
        return preset;
    }

    public Recipe recipe() {
        return RecipeForm.fromText(text).recipe();
    }

    /** The named recipe with this id (case ignored), or null. */
    public static NamedRecipe find(String id) {
        for (NamedRecipe r : values()) {
            if (r.id.equalsIgnoreCase(id == null ? "" : id.trim())) {
                return r;
            }
        }
        return null;
    }

    /** The named recipe with this id; the error lists the names. */
    public static NamedRecipe byId(String id) {
        NamedRecipe r = find(id);
        if (r == null) {
            throw new IllegalArgumentException("unknown recipe '" + id + "' (named recipes: " + ids() + ")");
        }
        return r;
    }

    /** "mlp, deeper-mlp, quick-cnn, cnn, w1, w2". */
    public static String ids() {
        StringBuilder sb = new StringBuilder();
        for (NamedRecipe r : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(r.id);
        }
        return sb.toString();
    }
}
