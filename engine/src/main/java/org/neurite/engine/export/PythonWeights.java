package org.neurite.engine.export;

import java.util.List;
import org.neurite.engine.nn.Param;

/**
 * How an exported Python file gets its weights: written into the file for a small network, so one file is the
 * whole model, or read from the .npz beside it. Either way a dict {@code W} maps "layer2.W" to an array in the
 * lab's layout, so the code after it does not care which.
 */
final class PythonWeights {
    /** Networks up to this many parameters carry their weights inline (a Playground net has at most ~2,300). */
    static final int INLINE_LIMIT = 5000;

    private PythonWeights() {
    }

    static boolean inline(ExportPlan plan) {
        return plan.model().parameterCount() <= INLINE_LIMIT;
    }

    /** The weights of every weighted step in an .npz, under the names the Python files use. */
    static byte[] npz(ExportPlan plan) {
        Npz npz = new Npz();
        for (ExportLayer s : plan.weighted()) {
            npz.add(s.weightsName(), s.weights().value(), s.weights().shape());
            npz.add(s.biasName(), s.bias().value(), s.bias().shape());
        }
        return npz.toBytes();
    }

    /** The lines that define {@code W}, reading {@code npzName} or inline. */
    static void write(PythonWriter py, ExportPlan plan, String npzName) {
        List<ExportLayer> weighted = plan.weighted();
        if (!inline(plan)) {
            py.line("# The trained weights, from " + npzName + " beside this file (the lab's layout, see above).");
            py.line("W = dict(np.load(os.path.join(os.path.dirname(os.path.abspath(__file__)), \"" + npzName
                    + "\")))");
            return;
        }
        py.line("# The trained weights, written out (the lab's layout, see above).");
        py.line("W = {");
        for (ExportLayer s : weighted) {
            array(py, s.weightsName(), s.weights());
            array(py, s.biasName(), s.bias());
        }
        py.line("}");
    }

    private static void array(PythonWriter py, String name, Param p) {
        py.line("    \"" + name + "\": np.array(" + NestedArrays.of(p.value(), p.shape()) + ", dtype=np.float32),");
    }
}
