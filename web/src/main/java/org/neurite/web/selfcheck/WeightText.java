package org.neurite.web.selfcheck;

import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.Param;

/** A model's weights written out exactly (IEEE bits in hex), so a test can read them back and compare. */
final class WeightText {
    private WeightText() {
    }

    /** Every weight of {@code model}, parameter after parameter, as 8-digit hex bits separated by spaces. */
    static String bits(Model model) {
        StringBuilder text = new StringBuilder();
        for (Param param : model.params()) {
            float[] values = param.value();
            for (int i = 0; i < param.size(); i++) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(RngCheck.bits(values[i]));
            }
        }
        return text.toString();
    }

    /** Whether every weight is a finite number. */
    static boolean allFinite(Model model) {
        for (Param param : model.params()) {
            float[] values = param.value();
            for (int i = 0; i < param.size(); i++) {
                if (Float.isNaN(values[i]) || Float.isInfinite(values[i])) {
                    return false;
                }
            }
        }
        return true;
    }
}
