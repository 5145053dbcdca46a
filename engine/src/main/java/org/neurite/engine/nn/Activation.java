package org.neurite.engine.nn;

/**
 * The activation functions, each with its derivative beside it.
 *
 * <p>{@link #derivative(float, float)} takes both the input x and the output y = f(x), because for
 * sigmoid and tanh the derivative is cheapest from y. Transcendentals are computed in double and rounded
 * once, so the JVM and the browser agree on the float result.
 */
public enum Activation {
    LINEAR("linear") {
        @Override
        public float value(float x) {
            return x;
        }

        @Override
        public float derivative(float x, float y) {
            return 1f;
        }
    },
    SIGMOID("sigmoid") {
        @Override
        public float value(float x) {
            return (float) (1.0 / (1.0 + Math.exp(-(double) x)));
        }

        @Override
        public float derivative(float x, float y) {
            return y * (1f - y);
        }
    },
    TANH("tanh") {
        @Override
        public float value(float x) {
            return (float) Math.tanh(x);
        }

        @Override
        public float derivative(float x, float y) {
            return 1f - y * y;
        }
    },
    RELU("relu") {
        @Override
        public float value(float x) {
            return x > 0f ? x : 0f;
        }

        @Override
        public float derivative(float x, float y) {
            return x > 0f ? 1f : 0f;
        }

        // the loops below spell value and derivative out: one call per element costs the browser build a virtual
        // call each (the JVM inlines it); the float operations are the same
        @Override
        public void forward(float[] z, float[] y, int n) {
            for (int i = 0; i < n; i++) {
                float x = z[i];
                y[i] = x > 0f ? x : 0f;
            }
        }

        @Override
        public void backward(float[] z, float[] y, float[] dy, float[] dz, int n) {
            for (int i = 0; i < n; i++) {
                dz[i] = dy[i] * (z[i] > 0f ? 1f : 0f);
            }
        }
    },
    LEAKY_RELU("leakyRelu") {
        @Override
        public float value(float x) {
            return x > 0f ? x : LEAK * x;
        }

        @Override
        public float derivative(float x, float y) {
            return x > 0f ? 1f : LEAK;
        }
    },
    /**
     * The perceptron's threshold: 1 where x > 0, else 0. Its derivative is 0 everywhere except at 0, where it
     * is undefined, so backpropagation sends no gradient through it and the layers below it never learn: it is
     * here for the perceptron lesson (and to show why smooth activations replaced it), not for training.
     */
    STEP("step") {
        @Override
        public float value(float x) {
            return x > 0f ? 1f : 0f;
        }

        @Override
        public float derivative(float x, float y) {
            return 0f;
        }
    };

    /** Slope of leaky ReLU for negative inputs. */
    public static final float LEAK = 0.01f;

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    /** f(x). */
    public abstract float value(float x);

    /** f'(x), given x and y = f(x). */
    public abstract float derivative(float x, float y);

    /** The name used in model specs and files. */
    public String id() {
        return id;
    }

    /** y[i] = f(z[i]) for the first n values. */
    public void forward(float[] z, float[] y, int n) {
        for (int i = 0; i < n; i++) {
            y[i] = value(z[i]);
        }
    }

    /** dz[i] = dy[i] * f'(z[i]) for the first n values, given z and y = f(z). */
    public void backward(float[] z, float[] y, float[] dy, float[] dz, int n) {
        for (int i = 0; i < n; i++) {
            dz[i] = dy[i] * derivative(z[i], y[i]);
        }
    }

    /** The activation named {@code id}; the error lists the allowed names. */
    public static Activation byId(String id) {
        for (Activation a : values()) {
            if (a.id.equalsIgnoreCase(id) || a.name().equalsIgnoreCase(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + id + "' (allowed: " + allowed() + ")");
    }

    public static String allowed() {
        StringBuilder sb = new StringBuilder();
        for (Activation a : values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(a.id);
        }
        return sb.toString();
    }
}
