package org.neurite.web.worker;

import java.util.HashMap;
import java.util.Map;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.train.ShardReplica;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.typedarrays.Float32Array;

/**
 * The helper role of the trainer bundle: a training worker started this worker to compute one shard of every
 * batch of its runs ({@link HelperPool}). It keeps the shard's model replica per run, takes the run's weights and
 * the shard's rows with each step, and returns the gradient, loss and correct count. The replica is built as the
 * engine's own {@code Shards} builds it, so the sum the training worker forms is the JVM's, bit for bit.
 */
final class ShardHelper {
    private final Map<Integer, ShardReplica> replicas = new HashMap<>();
    private float[] gradient = new float[0];
    private final FloatBridge bridge = new FloatBridge();

    /** {@code shard-init}: {@code run}, {@code spec}, {@code seed}, {@code shard}, {@code classification}. */
    void init(JSObject message) {
        ShardReplica replica = ShardReplica.of(ModelSpec.parse(Js.string(message, "spec")),
                Protocol.integer(message, "seed", 0), Protocol.integer(message, "shard", 1), 1,
                Js.bool(message, "classification", true));
        replicas.put(Protocol.integer(message, "run", 0), replica);
    }

    private static Float32Array floats(JSObject message, String name) {
        Float32Array view = TypedArrays.floats(Js.object(message, name));
        if (view == null) {
            throw new IllegalArgumentException("'" + name + "' must be a Float32Array, but it is "
                    + Js.kindOf(message, name));
        }
        return view;
    }

    /** {@code shard-end}: {@code run}; its replica is dropped. */
    void end(JSObject message) {
        replicas.remove(Protocol.integer(message, "run", 0));
    }

    /**
     * {@code shard-step}: {@code run}, {@code step}, {@code shard}, {@code rows}, {@code weights}, {@code inputs}, {@code targets}
     * (Float32Arrays); answered by {@code shard-result} with {@code run}, {@code step}, {@code shard}, {@code gradient}
     * (transferred), {@code loss}, {@code correct} and {@code busyMs} (its own time on the step).
     */
    void step(JSObject message) {
        int run = Protocol.integer(message, "run", 0);
        ShardReplica replica = replicas.get(run);
        if (replica == null) {
            throw new IllegalStateException("shard-step for run " + run + " before its shard-init");
        }
        double start = Performance.now();
        int rows = Protocol.integer(message, "rows", 0);
        replica.setWeights(bridge.in(floats(message, "weights")));
        float[] x = bridge.in(floats(message, "inputs"));
        System.arraycopy(x, 0, replica.inputs(rows), 0, x.length);
        float[] t = bridge.in(floats(message, "targets"));
        System.arraycopy(t, 0, replica.targets(rows), 0, t.length);
        replica.compute(rows);
        if (gradient.length != replica.parameterCount()) {
            gradient = new float[replica.parameterCount()];
        }
        replica.gradient(gradient);
        Float32Array out = bridge.out(gradient, gradient.length);
        JSObject reply = Js.message(Protocol.SHARD_RESULT);
        Js.putNumber(reply, "run", run);
        Js.putNumber(reply, "step", Js.number(message, "step", 0));
        Js.putNumber(reply, "shard", Js.number(message, "shard", 0));
        Js.putObject(reply, "gradient", out);
        Js.putNumber(reply, "loss", replica.loss());
        Js.putNumber(reply, "correct", replica.correct());
        Js.putNumber(reply, "busyMs", Performance.now() - start);
        WorkerScope.postTransferring(reply, out.getBuffer());
    }
}
