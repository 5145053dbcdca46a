package org.neurite.engine.export;

import java.nio.charset.StandardCharsets;
import org.neurite.engine.nn.Model;
import org.neurite.engine.train.Recipe;

/**
 * Every export of a model, by file name, so the Studio, the Playground and the server offer the same bytes:
 * the weights as JSON, a PyTorch script, a NumPy forward pass, the .npz both read when the weights are not
 * inline, and an ONNX file.
 */
public final class Exports {
    /** The kinds of export, with the file-name ending and the media type a download gets. */
    public enum Kind {
        WEIGHTS_JSON("-weights.json", "application/json"), PYTORCH(".py", "text/x-python"),
        NUMPY("_numpy.py", "text/x-python"), NPZ(".npz", "application/octet-stream"),
        ONNX(".onnx", "application/octet-stream");

        private final String ending;
        private final String mediaType;

        Kind(String ending, String mediaType) {
            this.ending = ending;
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        /** The file name of this export of a model called {@code name}. */
        public String fileName(String name) {
            return name + ending;
        }
    }

    private final ExportPlan plan;
    private final Recipe recipe;
    private final String name;

    /**
     * @param recipe the training settings a PyTorch script continues with (null: the spec's defaults)
     * @param name   the base of every file name, e.g. "mnist-cnn"; letters, digits, '-' and '_' are kept
     */
    public Exports(Model model, Recipe recipe, String name) {
        this.plan = ExportPlan.of(model);
        this.recipe = recipe != null ? recipe : Recipe.of(model.spec());
        this.name = safeName(name);
    }

    /** The name with every run of other characters turned into one '-' (no regex: TeaVM's is partial). */
    static String safeName(String name) {
        StringBuilder sb = new StringBuilder();
        String text = name == null ? "" : name.trim();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean kept = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_';
            if (kept) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        return sb.length() == 0 ? "neurite-model" : sb.toString();
    }

    public String name() {
        return name;
    }

    public String fileName(Kind kind) {
        return kind.fileName(name);
    }

    /** Whether the Python files read their weights from the .npz (false: the weights are in the files). */
    public boolean needsNpz() {
        return !PythonWeights.inline(plan);
    }

    public byte[] bytes(Kind kind) {
        return switch (kind) {
            case WEIGHTS_JSON -> utf8(WeightsJson.write(plan.model()));
            case PYTORCH -> utf8(PyTorchExport.write(plan, recipe, name, fileName(Kind.NPZ)));
            case NUMPY -> utf8(NumpyExport.write(plan, fileName(Kind.NPZ)));
            case NPZ -> PythonWeights.npz(plan);
            case ONNX -> OnnxExport.write(plan, name);
        };
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
