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
        boolean lossGiven = false;
        for (int i = 1; i < parts.length; i++) {
            String[] w = words(parts[i]);
            String where = "part " + (i + 1) + " ('" + parts[i].trim() + "'): ";
            if (w.length == 0) {
                throw new ModelSpecException(where + "empty part");
            }
            if ("loss".equals(w[0]) && w.length == 2) {
                if (lossGiven) {
                    throw new ModelSpecException(where + "the loss is given twice; give one 'loss <name>'");
                }
                lossGiven = true;
                builder.loss(w[1]);
            } else if (LayerSpec.DENSE.equals(w[0])) {
                builder.layer(dense(w, where));
            } else if (LayerSpec.CONV.equals(w[0])) {
                builder.layer(conv(w, where));
            } else if (LayerSpec.MAXPOOL.equals(w[0]) && w.length == 2) {
                builder.maxPool(integer(w[1], where));
            } else if (LayerSpec.FLATTEN.equals(w[0]) && w.length == 1) {
                builder.flatten();
            } else if (LayerSpec.DROPOUT.equals(w[0]) && w.length == 2) {
                builder.dropout(number(w[1], where));
            } else {
                throw new ModelSpecException(where + "expected 'dense <units> <activation>', "
                        + "'conv <filters> <kernel> <activation>', 'maxpool <size>', 'flatten', 'dropout <rate>' or "
                        + "'loss <name>'");
            }
        }
        return builder.build();
    }

    private static LayerSpec dense(String[] w, String where) {
        if (w.length < 3 || w.length > 4) {
            throw new ModelSpecException(where + "expected 'dense <units> <activation> [init=<name>]'");
        }
        Settings s = new Settings(w, 3, where);
        return LayerSpec.dense(integer(w[1], where), activation(w[2], where), s.init);
    }

    private static LayerSpec conv(String[] w, String where) {
        if (w.length < 4 || w.length > 7) {
            throw new ModelSpecException(where + "expected 'conv <filters> <kernel> <activation> [stride=<n>] "
                    + "[padding=same|valid] [init=<name>]'");
        }
        Settings s = new Settings(w, 4, where);
        return LayerSpec.conv(integer(w[1], where), integer(w[2], where), s.stride, s.same, activation(w[3], where),
                s.init);
    }

    private static Activation activation(String id, String where) {
        try {
            return Activation.byId(id);
        } catch (IllegalArgumentException e) {
            throw new ModelSpecException(where + e.getMessage());
        }
    }

    /** The optional name=value settings after a layer's positional words. */
    private static final class Settings {
        Init init;
        int stride = 1;
        boolean same = true;

        Settings(String[] w, int from, String where) {
            for (int i = from; i < w.length; i++) {
                int eq = w[i].indexOf('=');
                String key = eq < 0 ? w[i] : w[i].substring(0, eq);
                String value = eq < 0 ? "" : w[i].substring(eq + 1);
                if ("init".equals(key)) {
                    try {
                        init = Init.byId(value);
                    } catch (IllegalArgumentException e) {
                        throw new ModelSpecException(where + e.getMessage());
                    }
                } else if ("stride".equals(key) && "conv".equals(w[0])) {
                    stride = integer(value, where);
                } else if ("padding".equals(key) && "conv".equals(w[0]) && ("same".equals(value) || "valid".equals(value))) {
                    same = "same".equals(value);
                } else {
                    throw new ModelSpecException(where + "unknown setting '" + w[i] + "' (allowed: init=<name>"
                            + ("conv".equals(w[0]) ? ", stride=<n>, padding=same|valid)" : ")"));
                }
            }
        }
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
