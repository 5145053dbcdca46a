package org.neurite.engine.nn;

import java.util.ArrayList;
import java.util.List;

/** Reads the text form of a {@link ModelSpec}: parts separated by '|', words by spaces. */
final class ModelSpecParser {
    private ModelSpecParser() {
    }

    static ModelSpec parse(String text) {
        if (text == null || text.trim().isEmpty()) {
            throw new ModelSpecException("model spec is empty; write e.g. "
                    + "'input 2 | dense 4 tanh | dense 1 linear | loss binaryCrossEntropy'");
        }
        String[] parts = split(text, '|');
        String[] first = words(parts[0]);
        if (first.length != 2 || !"input".equals(first[0])) {
            throw new ModelSpecException("part 1: expected 'input <shape>' (e.g. 'input 2' or 'input 1x28x28'), found '"
                    + parts[0].trim() + "'");
        }
        ModelSpec.Builder builder = ModelSpec.builder(shape(first[1]));
        for (int i = 1; i < parts.length; i++) {
            String[] w = words(parts[i]);
            String where = "part " + (i + 1) + " ('" + parts[i].trim() + "'): ";
            if (w.length == 0) {
                throw new ModelSpecException(where + "empty part");
            }
            if ("loss".equals(w[0]) && w.length == 2) {
                builder.loss(w[1]);
            } else if (LayerSpec.DENSE.equals(w[0])) {
                builder.layer(dense(w, where));
            } else if (LayerSpec.DROPOUT.equals(w[0]) && w.length == 2) {
                builder.dropout(number(w[1], where));
            } else {
                throw new ModelSpecException(where + "expected 'dense <units> <activation>', 'dropout <rate>' or "
                        + "'loss <name>'");
            }
        }
        return builder.build();
    }

    private static LayerSpec dense(String[] w, String where) {
        if (w.length < 3 || w.length > 4) {
            throw new ModelSpecException(where + "expected 'dense <units> <activation> [init=<name>]'");
        }
        int units = integer(w[1], where);
        Activation activation;
        Init init = null;
        try {
            activation = Activation.byId(w[2]);
            if (w.length == 4) {
                if (!w[3].startsWith("init=")) {
                    throw new ModelSpecException(where + "unknown setting '" + w[3] + "' (allowed: init=<name>)");
                }
                init = Init.byId(w[3].substring(5));
            }
        } catch (ModelSpecException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ModelSpecException(where + e.getMessage());
        }
        return LayerSpec.dense(units, activation, init);
    }

    private static int[] shape(String text) {
        String[] dims = split(text, 'x');
        int[] shape = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            shape[i] = integer(dims[i].trim(), "input: ");
        }
        return shape;
    }

    private static int integer(String s, String where) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new ModelSpecException(where + "'" + s + "' is not a whole number");
        }
    }

    private static float number(String s, String where) {
        try {
            return Float.parseFloat(s);
        } catch (NumberFormatException e) {
            throw new ModelSpecException(where + "'" + s + "' is not a number");
        }
    }

    static String[] split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == separator) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return parts.toArray(new String[0]);
    }

    private static String[] words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : split(text.trim(), ' ')) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words.toArray(new String[0]);
    }
}
