package org.neurite.engine.optim;

/**
 * How the learning rate changes from epoch to epoch. Each schedule gives the factor the starting rate is
 * multiplied by after {@code t} epochs (t = 0 in the epoch the schedule starts), with the same rule written for
 * PyTorch's {@code LambdaLR} beside it, so an exported notebook goes on with exactly the lab's schedule.
 * {@code decay} is the schedule's strength, {@code period} its length in epochs.
 */
public enum LearningRateSchedule {
    /** A constant rate. */
    NONE("none") {
        @Override
        public double factor(int t, float decay, int period) {
            return 1;
        }

        @Override
        public String python(float decay, int period) {
            return "lambda t: 1.0";
        }
    },
    /** Inverse-time decay, rate / (1 + decay t): fast at first, then ever slower (the lab's original decay). */
    INVERSE("inverse") {
        @Override
        public double factor(int t, float decay, int period) {
            return 1.0 / (1.0 + decay * (double) t);
        }

        @Override
        public String python(float decay, int period) {
            return "lambda t: 1 / (1 + " + decay + " * t)";
        }
    },
    /** Step decay: the rate is divided by (1 + decay) after every {@code period} epochs (decay 1 halves it). */
    STEP("step") {
        @Override
        public double factor(int t, float decay, int period) {
            return Math.pow(1.0 + decay, -(double) (t / period));
        }

        @Override
        public String python(float decay, int period) {
            return "lambda t: (1 + " + decay + ") ** -(t // " + period + ")";
        }
    },
    /** Exponential decay, rate e^(-decay t): the rate shrinks by the same factor every epoch. */
    EXPONENTIAL("exponential") {
        @Override
        public double factor(int t, float decay, int period) {
            return Math.exp(-decay * (double) t);
        }

        @Override
        public String python(float decay, int period) {
            return "lambda t: math.exp(-" + decay + " * t)";
        }
    },
    /**
     * Cosine annealing with restarts: over each {@code period} epochs the rate falls along half a cosine from the
     * starting rate towards 0, then starts again; decay is not used.
     */
    COSINE("cosine") {
        @Override
        public double factor(int t, float decay, int period) {
            return (1.0 + Math.cos(Math.PI * (t % period) / period)) / 2.0;
        }

        @Override
        public String python(float decay, int period) {
            return "lambda t: (1 + math.cos(math.pi * (t % " + period + ") / " + period + ")) / 2";
        }
    };

    /** The rate never falls below this share of its start, so the optimizer always moves and stays valid. */
    public static final double MIN_FACTOR = 1e-6;

    private final String id;

    LearningRateSchedule(String id) {
        this.id = id;
    }

    /** The factor of the starting rate after {@code t} epochs; {@code period} is at least 1. */
    public abstract double factor(int t, float decay, int period);

    /** The same rule as a Python lambda of the epoch count, for {@code torch.optim.lr_scheduler.LambdaLR}. */
    public abstract String python(float decay, int period);

    /** The rate after {@code t} epochs when the schedule started at {@code rate}. */
    public float rate(float rate, int t, float decay, int period) {
        return (float) (rate * Math.max(factor(t, decay, period), MIN_FACTOR));
    }

    public String id() {
        return id;
    }

    /** The schedule named {@code id}; the error lists the allowed names. */
    public static LearningRateSchedule byId(String id) {
        for (LearningRateSchedule s : values()) {
            if (s.id.equalsIgnoreCase(id)) {
                return s;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (LearningRateSchedule s : values()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(s.id);
        }
        throw new IllegalArgumentException("unknown learning-rate schedule '" + id + "' (allowed: " + allowed + ")");
    }
}
