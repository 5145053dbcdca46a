package org.neurite.web.canvas;

import org.neurite.web.dom.Numbers;

/** Round-number axis ticks: steps of 1, 2 or 5 times a power of ten, about {@code target} per axis. */
final class Ticks {
    private Ticks() {
    }

    static double step(double range, int target) {
        double raw = Math.abs(range) / Math.max(1, target);
        if (!(raw > 0) || Double.isInfinite(raw)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double nice = fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10;
        return nice * power;
    }

    /** The first multiple of {@code step} at or above {@code from}. */
    static double first(double from, double step) {
        return Math.ceil(from / step - 1e-9) * step;
    }

    /** A tick's label with as many decimals as the step needs ("0.25", "2", "-1.5"). */
    static String text(double value, double step) {
        int decimals = (int) Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
        double rounded = Math.abs(value) < step * 1e-6 ? 0 : value;
        return Numbers.fixed(rounded, Math.min(decimals, 6));
    }
}
