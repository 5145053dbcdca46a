package org.neurite.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neurite.engine.export.Exports;
import org.neurite.engine.export.Npy;
import org.neurite.engine.nn.Model;
import org.neurite.engine.train.Recipe;

/**
 * Writes a model's exports into a folder, runs each (NumPy and PyTorch through Python, ONNX in ONNX Runtime) on
 * the same inputs, and compares every prediction with the engine's.
 */
final class ExportAgreement {
    static final float TOLERANCE = 1e-5f;

    private final Path dir;
    private final Exports exports;
    private final float[] inputs;
    private final int count;
    private final long[] inputShape;
    private final float[] expected;
    private final int width;

    ExportAgreement(Path dir, Model model, Recipe recipe, String name, float[] inputs, int count) {
        this.dir = dir;
        this.exports = new Exports(model, recipe, name);
        this.inputs = inputs;
        this.count = count;
        int[] shape = model.spec().inputShape();
        this.inputShape = new long[shape.length + 1];
        inputShape[0] = count;
        for (int i = 0; i < shape.length; i++) {
            inputShape[i + 1] = shape[i];
        }
        this.width = model.outputSize();
        this.expected = java.util.Arrays.copyOf(model.predict(inputs, count), count * width);
        try {
            for (Exports.Kind kind : Exports.Kind.values()) {
                Files.write(dir.resolve(exports.fileName(kind)), exports.bytes(kind));
            }
            Files.write(dir.resolve("inputs.npy"), Npy.of(inputs, toInts(inputShape)));
            try (InputStream in = ExportAgreement.class.getResourceAsStream("predict.py")) {
                Files.write(dir.resolve("predict.py"), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[] toInts(long[] values) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (int) values[i];
        }
        return out;
    }

    Exports exports() {
        return exports;
    }

    /** The largest difference between the engine's predictions and the NumPy file's. */
    float numpyDifference() {
        return compare("NumPy", python("numpy", exports.fileName(Exports.Kind.NUMPY)));
    }

    float torchDifference() {
        return compare("PyTorch", python("torch", exports.fileName(Exports.Kind.PYTORCH)));
    }

    void checkOnnxWithTheOnnxPackage() {
        Python.check(dir, "-c", "import onnx; onnx.checker.check_model(onnx.load('"
                + exports.fileName(Exports.Kind.ONNX) + "'), full_check=True)");
    }

    float onnxDifference() {
        try {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            try (OrtSession session = env.createSession(exports.bytes(Exports.Kind.ONNX), new OrtSession.SessionOptions());
                 OnnxTensor x = OnnxTensor.createTensor(env, FloatBuffer.wrap(inputs), inputShape);
                 OrtSession.Result result = session.run(java.util.Map.of("input", x))) {
                float[][] out = (float[][]) result.get("prediction").orElseThrow().getValue();
                float[] flat = new float[count * width];
                for (int i = 0; i < count; i++) {
                    System.arraycopy(out[i], 0, flat, i * width, width);
                }
                return compare("ONNX Runtime", flat);
            }
        } catch (OrtException e) {
            throw new AssertionError("ONNX Runtime refused the export: " + e.getMessage(), e);
        }
    }

    private float[] python(String kind, String file) {
        String text = Python.check(dir, "predict.py", kind, file, "inputs.npy");
        String[] numbers = text.trim().split("\\s+");
        float[] out = new float[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            out[i] = Float.parseFloat(numbers[i]);
        }
        return out;
    }

    private float compare(String what, float[] actual) {
        assertEquals(expected.length, actual.length, what + " gave a different number of outputs");
        float worst = 0f;
        for (int i = 0; i < actual.length; i++) {
            float d = Math.abs(actual[i] - expected[i]);
            if (!(d <= TOLERANCE)) {
                throw new AssertionError(what + " output " + i + " (sample " + i / width + ") is " + actual[i]
                        + ", the engine's " + expected[i]);
            }
            worst = Math.max(worst, d);
        }
        System.out.println(exports.name() + ": " + what + " agrees with the engine on " + count
                + " samples, largest difference " + worst);
        return worst;
    }
}
